package io.wxkit.benchmarks.forum;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.benchmarks.scale.ScaleDatabase;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleDatabase;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import io.wxkit.modules.forum.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The forum at tens of millions of replies on PostgreSQL: loads replies by COPY into the database
 * {@code wxkit_forum_bench} (created afresh) in stages, and at each stage measures the module's own page
 * queries — thread page 1, a deep thread page by keyset, the board listing (first and deep), full-text
 * search and the substring fallback — as p50/p99 over many calls, and keeps {@code EXPLAIN (ANALYZE, BUFFERS)}
 * of the same SQL in {@code <out>/explain-<stage>.txt}.
 *
 * <pre>{@code
 * ./mvnw -B -o package -pl benchmarks -am -Pbench -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.forum.ForumBenchmark 1000000,10000000 target/forum-bench
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.forum.ForumBenchmark --smoke   # seconds, tiny rows
 * }</pre>
 *
 * Needs PostgreSQL on 127.0.0.1:5432 (trust, user {@code postgres}). The smoke mode uses its own database
 * {@code wxkit_forum_bench_smoke} so it never disturbs a full run.
 */
public final class ForumBenchmark {
    private ForumBenchmark() {
    }

    /** What one query measured: p50 and p99 in milliseconds over {@code calls}. */
    record Timing(String query, int calls, double p50, double p99) {
        @Override
        public String toString() {
            return String.format("%-34s p50 %8.3f ms   p99 %8.3f ms   (%d calls)", query, p50, p99, calls);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = args.length > 0 && args[0].equals("--smoke");
        long[] stages = smoke ? new long[] {2_000, 5_000}
                : Arrays.stream((args.length > 0 ? args[0] : "1000000,10000000").split(",")).mapToLong(Long::parseLong).toArray();
        Path out = Path.of(args.length > 1 ? args[1] : smoke ? "target/forum-bench-smoke" : "target/forum-bench");
        List<Timing> all = run(smoke ? "wxkit_forum_bench_smoke" : "wxkit_forum_bench", stages, smoke ? 20 : 400, out);
        all.forEach(System.out::println);
    }

    /** Loads and measures each stage; returns every timing (also printed as it goes). */
    static List<Timing> run(String database, long[] stages, int calls, Path out) throws Exception {
        recreate(database);
        Files.createDirectories(out);
        List<Timing> timings = new ArrayList<>();
        try (HikariDataSource ds = ModuleDatabase.pool("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "", 4)) {
            ForumModule forum = ForumModule.create(ModuleContext.builder(ds).build());
            ForumBenchLoader loader = new ForumBenchLoader(ds);
            int threads = (int) Math.max(2_000, stages[stages.length - 1] / 100);
            System.out.printf("loading %d boards and %,d threads%n", ForumBenchLoader.BOARDS, threads);
            loader.boardsAndThreads(threads);
            for (long stage : stages) {
                System.out.printf("loading replies up to %,d%n", stage);
                loader.repliesUpTo(stage);
                List<Timing> t = measure(forum, ds, loader, stage, calls, out);
                t.forEach(x -> System.out.println("  [" + stage + "] " + x));
                t.forEach(x -> timings.add(new Timing("[" + stage + "] " + x.query(), x.calls(), x.p50(), x.p99())));
            }
        }
        return timings;
    }

    private static List<Timing> measure(ForumModule forum, HikariDataSource ds, ForumBenchLoader loader, long stage,
                                        int calls, Path out) throws SQLException, IOException {
        long hot = ForumBenchLoader.hotThread();
        long hotReplies = stage / 10;
        long deepReply = idAt(ds, "SELECT id FROM wxkit_forum_reply WHERE thread_id = " + hot
                + " ORDER BY id OFFSET " + (hotReplies * 9 / 10) + " LIMIT 1");
        long deepThread = idAt(ds, "SELECT id FROM wxkit_forum_thread WHERE board_id = 1 ORDER BY id DESC OFFSET "
                + (loader.threads() / ForumBenchLoader.BOARDS * 8 / 10) + " LIMIT 1");
        String deepReplyCursor = Long.toString(deepReply, 36);
        String deepThreadCursor = Long.toString(deepThread, 36);
        long typical = 2 + loader.threads() / 2;
        List<Timing> t = new ArrayList<>();
        t.add(time("hot thread page 1 (" + hotReplies + " replies)", calls, () -> forum.replies().list(hot, PageRequest.first(20))));
        t.add(time("hot thread deep page (90%)", calls, () -> forum.replies().list(hot, PageRequest.after(deepReplyCursor, 20))));
        t.add(time("typical thread page 1", calls, () -> forum.replies().list(typical, PageRequest.first(20))));
        t.add(time("board listing page 1", calls, () -> forum.threads().list(1, PageRequest.first(20))));
        t.add(time("board listing deep page (80%)", calls, () -> forum.threads().list(1, PageRequest.after(deepThreadCursor, 20))));
        t.add(time("search full text 'coffee garden'", calls, () -> forum.search().threads("coffee garden", PageRequest.first(20))));
        t.add(time("search substring '饺子' (fallback)", Math.max(5, calls / 20),
                () -> forum.search().threads("饺子", PageRequest.first(20))));
        explain(ds, out.resolve("explain-" + stage + ".txt"), hot, deepReply, deepThread);
        return t;
    }

    private static Timing time(String name, int calls, Supplier<Page<?>> query) {
        for (int i = 0; i < Math.min(calls, 50); i++) {
            requireItems(name, query.get());
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            Page<?> page = query.get();
            nanos[i] = System.nanoTime() - start;
            requireItems(name, page);
        }
        Arrays.sort(nanos);
        return new Timing(name, calls, nanos[calls / 2] / 1e6, nanos[Math.min(calls - 1, (int) Math.ceil(calls * 0.99) - 1)] / 1e6);
    }

    /** A benchmark of empty pages would measure nothing: every query must return rows. */
    private static void requireItems(String name, Page<?> page) {
        if (page.items().isEmpty()) {
            throw new IllegalStateException(name + " returned no rows: the load is broken");
        }
        Object first = page.items().get(0);
        if (!(first instanceof Reply) && !(first instanceof ForumThread)) {
            throw new IllegalStateException(name + " returned " + first.getClass());
        }
    }

    /** The module's SQL for each measured page (same text as in Replies, Threads and Search), explained. */
    private static void explain(HikariDataSource ds, Path file, long hot, long deepReply, long deepThread)
            throws SQLException, IOException {
        String reply = "SELECT id, thread_id, parent_id, quote_id, author, body, likes, created_at, deleted_reason"
                + " FROM wxkit_forum_reply WHERE thread_id = %d AND id > %d ORDER BY id LIMIT 21";
        String thread = "SELECT id, board_id, author, title, body, pinned, locked, replies, likes, views, created_at,"
                + " last_reply_at FROM wxkit_forum_thread WHERE ";
        String[] queries = {
            String.format(reply, hot, 0), String.format(reply, hot, deepReply),
            thread + "board_id = 1 AND id < 9223372036854775807 AND deleted_at IS NULL ORDER BY id DESC LIMIT 21",
            thread + "board_id = 1 AND id < " + deepThread + " AND deleted_at IS NULL ORDER BY id DESC LIMIT 21",
            thread + "to_tsvector('simple', title || ' ' || body) @@ plainto_tsquery('simple', 'coffee garden')"
                    + " AND deleted_at IS NULL AND id < 9223372036854775807 ORDER BY id + 0 DESC LIMIT 21",
        };
        StringBuilder text = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String q : queries) {
                text.append("-- ").append(q).append('\n');
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + q)) {
                    while (rs.next()) {
                        text.append(rs.getString(1)).append('\n');
                    }
                }
                text.append('\n');
            }
        }
        Files.writeString(file, text);
        System.out.println("  EXPLAIN (ANALYZE, BUFFERS) written to " + file.toAbsolutePath());
    }

    private static long idAt(HikariDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static void recreate(String database) throws SQLException {
        ScaleDatabase.recreate(database);
    }
}
