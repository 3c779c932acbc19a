package io.wxkit.benchmarks.forum;

import io.wxkit.benchmarks.scale.CopyLoader;
import io.wxkit.benchmarks.scale.Mix;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Fills the forum tables by COPY ({@link CopyLoader}): boards, threads, then replies in stages. Replies are
 * spread over the threads the way a forum's are (one hot thread takes every {@code hotEvery}-th reply, the
 * rest land on random threads), so a thread's floors are scattered over the heap as real ones are and a deep
 * page costs what it costs in production. The module's own migrations and indexes are in place while
 * loading. Loads resume where a previous run stopped (progress keys {@code forum.*}).
 */
public final class ForumBenchLoader {
    public static final int BOARDS = 20;
    static final String[] WORDS = {"dumpling", "noodle", "recipe", "travel", "phone", "camera", "football", "music",
        "movie", "garden", "coffee", "tea", "bicycle", "market", "school", "weather", "饺子", "面条", "旅行", "音乐"};
    private static final int BATCH = 250_000;
    private final CopyLoader copy;
    private final int hotEvery;
    private final long now = System.currentTimeMillis();
    private int threads;

    /** A loader whose hot thread takes every tenth reply. */
    public ForumBenchLoader(DataSource dataSource) throws SQLException {
        this(dataSource, 10);
    }

    /** A loader whose hot thread takes every {@code hotEvery}-th reply. */
    public ForumBenchLoader(DataSource dataSource, int hotEvery) throws SQLException {
        this.copy = new CopyLoader(dataSource, BATCH);
        this.hotEvery = hotEvery;
    }

    /** The thread that takes every {@code hotEvery}-th reply (thread id 1). */
    public static long hotThread() {
        return 1;
    }

    /** The replies of the hot thread when the table holds {@code total}. */
    public long hotReplies(long total) {
        return total / hotEvery;
    }

    public int threads() {
        return threads;
    }

    /** The replies committed so far. */
    public long replies() throws SQLException {
        return copy.loaded("forum.replies");
    }

    /** Loads the boards and {@code threads} threads (ids 1..threads on a fresh database). */
    public void boardsAndThreads(int threads) throws SQLException {
        this.threads = threads;
        copy.loadUpTo("forum.boards", BOARDS, "COPY wxkit_forum_board (name, description, sort_order, threads,"
                + " created_at) FROM STDIN", (b, out) -> out.append("Board ").append(b).append("\tBenchmark board\t")
                .append(b).append("\t0\t").append(now).append('\n'));
        copy.loadUpTo("forum.threads", threads, "COPY wxkit_forum_thread (board_id, author, title, body, pinned,"
                + " locked, replies, likes, views, created_at, last_reply_at) FROM STDIN", (t, out) -> {
                    out.append(1 + t % BOARDS).append("\to").append(t % 5000).append('\t');
                    words(t, 1, 4, out);
                    out.append('\t');
                    words(t, 2, 30, out);
                    out.append("\tf\tf\t0\t0\t0\t").append(now).append('\t').append(now).append('\n');
                });
    }

    /** Adds replies until the table holds {@code total}, printing progress, then ANALYZEs. */
    public void repliesUpTo(long total) throws SQLException {
        if (threads < 2) {
            throw new IllegalStateException("load the threads first");
        }
        long start = System.nanoTime();
        copy.loadUpTo("forum.replies", total, "COPY wxkit_forum_reply (thread_id, author, body, likes, created_at)"
                + " FROM STDIN", (i, out) -> {
                    long thread = i % hotEvery == 0 ? hotThread() : 2 + Mix.below(i, 3, threads - 1);
                    out.append(thread).append("\to").append(Mix.below(i, 4, 200_000)).append('\t');
                    words(i, 5, 12, out);
                    out.append("\t0\t").append(now).append('\n');
                });
        copy.analyze("wxkit_forum_reply", "wxkit_forum_thread");
        System.out.printf("  %,d replies in place after %.0f s (COPY + ANALYZE)%n", total,
                (System.nanoTime() - start) / 1e9);
    }

    private static void words(long row, long salt, int n, StringBuilder out) {
        long bits = Mix.of(row, salt);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            if (i % 12 == 11) {
                bits = Mix.of(bits, salt + i); // 12 words of 5 bits from each 60 bits
            }
            out.append(WORDS[(int) ((bits >>> (5 * (i % 12))) & 31) % WORDS.length]);
        }
    }
}
