package io.wxkit.benchmarks.scale;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.benchmarks.scale.Latency.Timing;
import io.wxkit.modules.vote.TallyCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Ten million records per module on PostgreSQL: forum replies, vote ballots, sdk-sso identity bindings and
 * shop orders, loaded by COPY into {@code wxkit_scale} (created if missing; tables from each module's own
 * Flyway migrations, so the indexes measured are the real ones) in stages, and at each stage the modules'
 * own services timed (p50/p99/max over many calls) with {@code EXPLAIN (ANALYZE, BUFFERS)} of the SQL each
 * service call sent. Loads resume: a second run adds only what is missing.
 *
 * <pre>{@code
 * ./mvnw -B -o -q package -pl benchmarks -am -Pbench -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.scale.ScaleBenchmark 1000000,10000000 target/scale
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.scale.ScaleBenchmark 10000000 target/scale shop   # one set
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.scale.ScaleBenchmark 1000000 target/s1 shop wxkit_scale_1m
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.scale.ScaleBenchmark --smoke   # seconds
 * }</pre>
 *
 * Writes {@code <out>/results.md}, {@code <out>/explain-<set>-<rows>.txt} and, with two stages or more,
 * {@code <out>/scale-latency.png} (first stage vs last, per operation).
 */
public final class ScaleBenchmark {
    /** How a run is sized. */
    public record Options(String database, long[] stages, int warmup, int calls, int forumThreads, Path out,
                          Set<String> only) {
        /** The full run: 400 timed calls after 50 warm-up ones, 100,000 forum threads, every data set. */
        public static Options full(long[] stages, Path out) {
            return new Options("wxkit_scale", stages, 50, 400, 100_000, out, Set.of());
        }

        /** Seconds: 10,000 and 20,000 rows per set, a few calls, its own database. */
        public static Options smoke(Path out) {
            return new Options("wxkit_scale_smoke", new long[] {10_000, 20_000}, 3, 10, 2_000, out, Set.of());
        }

        /** The same run limited to the named data sets (forum, vote, sso, shop); empty = all. */
        public Options only(Set<String> names) {
            return new Options(database, stages, warmup, calls, forumThreads, out, Set.copyOf(names));
        }

        /** The same run in another database (e.g. a second one held at 1 M rows). */
        public Options in(String otherDatabase) {
            return new Options(otherDatabase, stages, warmup, calls, forumThreads, out, only);
        }

        boolean includes(Dataset set) {
            return only.isEmpty() || only.contains(set.name());
        }
    }

    /** One operation timed at one size. */
    public record Result(String dataset, long rows, Timing timing) {
    }

    /** Time allowed per operation and size: 400 calls of a fast query take a second, of a slow one an hour. */
    static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(30);

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--report")) {
            report(Path.of(args[1]), Arrays.stream(args).skip(2).map(Path::of).toList());
            return;
        }
        Options options = args.length > 0 && args[0].equals("--smoke")
                ? Options.smoke(Path.of(args.length > 1 ? args[1] : "target/scale-smoke"))
                : Options.full(Arrays.stream((args.length > 0 ? args[0] : "1000000,10000000").split(","))
                        .mapToLong(Long::parseLong).toArray(), Path.of(args.length > 1 ? args[1] : "target/scale"));
        if (args.length > 2) {
            options = options.only(Set.of(args[2].split(",")));
        }
        if (args.length > 3) {
            options = options.in(args[3]);
        }
        List<Result> results = run(options);
        System.out.println();
        System.out.println(ScaleReport.markdown(results));
    }

    /**
     * {@code --report <dir> <log>...}: the table and the chart from run logs (see {@link ScaleReport#fromLogs}),
     * for a report that spans the full run and a data set measured again after a fix.
     */
    static void report(Path dir, List<Path> logs) throws Exception {
        Files.createDirectories(dir);
        List<Result> results = ScaleReport.fromLogs(logs);
        Files.writeString(dir.resolve("results.md"), ScaleReport.markdown(results));
        ScaleChart.write(results, dir.resolve("scale-latency.png"));
        System.out.println(ScaleReport.markdown(results));
    }

    /** Loads and measures every stage; returns every result (also printed as it goes). */
    public static List<Result> run(Options o) throws Exception {
        ScaleDatabase.createIfMissing(o.database());
        Files.createDirectories(o.out());
        List<Result> results = new ArrayList<>();
        try (HikariDataSource ds = ScaleDatabase.pool(o.database(), 4)) {
            VoteBallots vote = new VoteBallots(ds);
            List<Dataset> sets = List.of(new ForumReplies(ds, o.forumThreads()), vote, new SsoBindings(ds),
                    new ShopOrders(ds));
            for (long stage : o.stages()) {
                for (Dataset set : sets) {
                    if (o.includes(set)) {
                        results.addAll(stage(set, stage, o, ds));
                    }
                }
                if (!o.includes(vote)) {
                    continue; // the vote set was not loaded in this run: there is no poll to check
                }
                TallyCheck tally = vote.check();
                System.out.printf("  vote: poll %d tally %s (%s)%n", VoteBallots.HOT_POLL, tally,
                        tally.consistent() ? "counters equal the rows" : "COUNTERS DIFFER FROM THE ROWS");
                if (!tally.consistent()) {
                    throw new IllegalStateException("vote counters differ from their rows: " + tally);
                }
            }
        }
        Files.writeString(o.out().resolve("results.md"), ScaleReport.markdown(results));
        if (o.stages().length > 1) {
            Path png = o.out().resolve("scale-latency.png");
            ScaleChart.write(results, png);
            System.out.println("chart written to " + png.toAbsolutePath());
        }
        return results;
    }

    private static List<Result> stage(Dataset set, long stage, Options o, HikariDataSource ds) throws Exception {
        long before = set.rows();
        if (before > stage) {
            System.out.printf("%s: already holds %,d rows (> %,d): measuring at %,d%n", set.name(), before, stage, before);
        } else {
            System.out.printf("%s: loading up to %,d rows (%,d in place)%n", set.name(), stage, before);
            long start = System.nanoTime();
            set.loadUpTo(stage);
            System.out.printf("%s: %,d rows after %.0f s%n", set.name(), set.rows(), (System.nanoTime() - start) / 1e9);
        }
        long rows = set.rows();
        List<Result> results = new ArrayList<>();
        StringBuilder explain = new StringBuilder();
        for (Dataset.Operation op : set.operations()) {
            Timing t = Latency.measure(op.name(), o.warmup(), o.calls(), BUDGET, op.call());
            System.out.println("  [" + rows + "] " + t);
            results.add(new Result(set.name(), rows, t));
            explain.append("## ").append(op.name()).append(" at ").append(rows).append(" rows\n\n")
                    .append(SqlCapture.explain(ds, set.capture().recording(() -> op.call().get())));
        }
        System.out.println("  load average after " + set.name() + " at " + rows + ": " + loadAverage());
        Path file = o.out().resolve("explain-" + set.name() + "-" + rows + ".txt");
        Files.writeString(file, explain);
        return results;
    }

    /** The machine's load while measuring: on a shared machine the p99 says more about it than about the query. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
