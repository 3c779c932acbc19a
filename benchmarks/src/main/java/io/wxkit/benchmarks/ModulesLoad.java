package io.wxkit.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleDatabase;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.ActivityDraft;
import io.wxkit.modules.lottery.LotteryMode;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.PollDraft;
import io.wxkit.modules.vote.VoteLimit;
import io.wxkit.modules.vote.VoteModule;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Votes/s and draws/s at 200 concurrent users on PostgreSQL: a closed-loop load where each of 200 threads
 * plays one user after another (a fresh openid and address each time, as a crowd arriving at a poll or a
 * wheel would), with the module's real transaction, constraints and anti-abuse checks on every call.
 *
 * <pre>{@code
 * ./mvnw -B -q package -pl benchmarks -am -Pbench -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.ModulesLoad [threads] [seconds] [pool]
 * }</pre>
 *
 * It needs PostgreSQL on 127.0.0.1:5432 (trust, user {@code postgres}) and creates the database
 * {@code wxkit_bench_modules} afresh. The run is bounded in time and stops by itself.
 */
public final class ModulesLoad {
    private static final String DB = "wxkit_bench_modules";

    private ModulesLoad() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int pool = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        recreateDatabase();
        try (HikariDataSource ds = ModuleDatabase.pool("jdbc:postgresql://127.0.0.1:5432/" + DB, "postgres", "",
                pool)) {
            ModuleContext context = ModuleContext.builder(ds)
                    .rateLimits(RateLimits.perMinute(1_000, 1_000)).build();
            Instant opens = Instant.now().minus(Duration.ofHours(1));
            Instant closes = Instant.now().plus(Duration.ofDays(1));

            VoteModule vote = VoteModule.create(context);
            Poll poll = vote.polls().create(PollDraft.titled("Best dish", opens, closes)
                    .option("Dumplings").option("Noodles").option("Rice").limit(VoteLimit.once()));
            List<Long> options = poll.options().stream().map(o -> o.id()).toList();
            report("votes", threads, seconds, pool, (user, ip) -> vote.ballots().cast(poll.id(),
                    Participant.of(user), ip, List.of(options.get((int) (Math.abs(user.hashCode()) % 3)))));

            LotteryModule lottery = LotteryModule.create(context);
            Activity wheel = lottery.activities().create(ActivityDraft.of("Lucky wheel", LotteryMode.WHEEL,
                    opens, closes).prize("Mug", 10, 1_000_000).prize("Pen", 20, 1_000_000).noPrize(70)
                    .drawLimits(10, 10).winLimit(1));
            report("draws", threads, seconds, pool,
                    (user, ip) -> lottery.draws().spin(wheel.id(), Participant.of(user), ip));
        }
    }

    interface Call {
        void run(String openid, String ip);
    }

    private static void report(String what, int threads, int seconds, int pool, Call call) throws Exception {
        run(what + "W", threads, Math.max(3, seconds / 4), call); // JIT, pool and plan caches
        Result r = run(what, threads, seconds, call);
        System.out.printf("%s: %d threads, pool %d, %d s: %,d ok, %d errors, %.0f %s/s, p50 %.1f ms, p99 %.1f ms%n",
                what, threads, pool, seconds, r.ok, r.errors, r.ok / (double) seconds, what, r.p50Ms, r.p99Ms);
    }

    record Result(long ok, long errors, double p50Ms, double p99Ms) {
    }

    private static Result run(String tag, int threads, int seconds, Call call) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            latencies[t] = new long[1 << 16];
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        String openid = "o" + tag + "T" + thread + "N" + n + "xxxxxxxxxxxxxxxxxx";
                        String ip = "10." + (thread % 250) + "." + (n / 250 % 250) + "." + (n % 250);
                        long began = System.nanoTime();
                        try {
                            call.run(openid.substring(0, 28), ip);
                            ok.incrementAndGet();
                        } catch (RuntimeException e) {
                            if (errors.incrementAndGet() == 1) {
                                System.err.println(tag + ": first error: " + e);
                            }
                        }
                        if (counts[thread] < latencies[thread].length) {
                            latencies[thread][counts[thread]++] = System.nanoTime() - began;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + t);
            worker.start();
        }
        start.countDown();
        done.await();
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
        double p99 = all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6;
        return new Result(ok.get(), errors.get(), p50, p99);
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB);
        }
    }
}
