package io.wxkit.benchmarks.forum;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills the forum tables by COPY (pgjdbc's CopyManager): boards, threads, then replies in stages. Replies
 * are spread over the threads the way a forum's are (one hot thread takes 10% of them, the rest land on
 * random threads), so a thread's floors are scattered over the heap as real ones are and a deep page costs
 * what it costs in production. The module's own migrations and indexes are in place while loading.
 */
final class ForumBenchLoader {
    static final int BOARDS = 20;
    static final String[] WORDS = {"dumpling", "noodle", "recipe", "travel", "phone", "camera", "football", "music",
        "movie", "garden", "coffee", "tea", "bicycle", "market", "school", "weather", "饺子", "面条", "旅行", "音乐"};
    private static final int BATCH = 100_000;
    private final DataSource dataSource;
    private final SplittableRandom random = new SplittableRandom(18);
    private long loadedReplies;
    private int threads;

    ForumBenchLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The thread that takes every tenth reply (thread id 1). */
    static long hotThread() {
        return 1;
    }

    int threads() {
        return threads;
    }

    /** Loads the boards and {@code threads} threads (ids 1..threads on a fresh database). */
    void boardsAndThreads(int threads) throws SQLException, IOException {
        this.threads = threads;
        StringBuilder boards = new StringBuilder();
        for (int b = 1; b <= BOARDS; b++) {
            boards.append("Board ").append(b).append("\tBenchmark board\t").append(b).append("\t0\t0\n");
        }
        copy("COPY wxkit_forum_board (name, description, sort_order, threads, created_at) FROM STDIN", boards);
        StringBuilder rows = new StringBuilder();
        long now = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection()) {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY wxkit_forum_thread (board_id, author,"
                    + " title, body, pinned, locked, replies, likes, views, created_at, last_reply_at) FROM STDIN");
            for (int t = 1; t <= threads; t++) {
                String title = words(4);
                rows.append(1 + t % BOARDS).append("\to").append(t % 5000).append('\t').append(title).append('\t')
                        .append(words(30)).append("\tf\tf\t0\t0\t0\t").append(now).append('\t').append(now).append('\n');
                if (rows.length() > 1 << 20) {
                    write(in, rows);
                }
            }
            write(in, rows);
            in.endCopy();
        }
    }

    /** Adds replies until the table holds {@code total}, printing progress. */
    void repliesUpTo(long total) throws SQLException {
        long start = System.nanoTime();
        long first = loadedReplies;
        long now = System.currentTimeMillis();
        StringBuilder rows = new StringBuilder(8 << 20);
        try (Connection c = dataSource.getConnection()) {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY wxkit_forum_reply (thread_id, author, body,"
                    + " likes, created_at) FROM STDIN");
            while (loadedReplies < total) {
                loadedReplies++;
                long thread = loadedReplies % 10 == 0 ? hotThread() : 2 + random.nextInt(threads - 1);
                rows.append(thread).append("\to").append(random.nextInt(200_000)).append('\t').append(words(12))
                        .append("\t0\t").append(now).append('\n');
                if (loadedReplies % BATCH == 0) {
                    write(in, rows);
                }
                if (loadedReplies % 1_000_000 == 0) {
                    double s = (System.nanoTime() - start) / 1e9;
                    System.out.printf("  loaded %,d replies (%.0f s, %,.0f rows/s)%n", loadedReplies, s,
                            (loadedReplies - first) / Math.max(s, 0.001));
                }
            }
            write(in, rows);
            in.endCopy();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE wxkit_forum_reply");
            s.execute("ANALYZE wxkit_forum_thread");
        }
        System.out.printf("  %,d replies in place after %.0f s (COPY + ANALYZE)%n", loadedReplies,
                (System.nanoTime() - start) / 1e9);
    }

    private String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private void copy(String sql, StringBuilder rows) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new java.io.StringReader(rows.toString()));
        }
    }

    private static void write(CopyIn in, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }
}
