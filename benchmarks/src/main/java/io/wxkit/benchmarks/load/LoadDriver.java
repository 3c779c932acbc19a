package io.wxkit.benchmarks.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The virtual-user scheduler. Each user is a closed loop with one request in flight: send (JDK
 * {@link HttpClient#sendAsync}), check the answer, record its latency, pause for the plan's think time (none by
 * default), send the next — until the plan's time or request count runs out. Java 17: no virtual threads; the client's callbacks run on a small pool
 * of platform threads, so 200 users cost 200 open connections, not 200 threads.
 */
public final class LoadDriver {
    private final int threads;

    /** A driver whose HTTP callbacks run on {@code threads} platform threads. */
    public LoadDriver(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
        this.threads = threads;
    }

    /** Runs the plan, then each check; returns the report. */
    public LoadReport run(LoadPlan plan, List<PostRunCheck> checks) throws Exception {
        LoadReport report = run(plan);
        List<PostRunCheck.Outcome> outcomes = new ArrayList<>();
        for (PostRunCheck c : checks) {
            outcomes.add(c.check(report));
        }
        return report.withChecks(outcomes);
    }

    /** Runs the plan: bounded by its duration and request count; returns when every user stopped. */
    public LoadReport run(LoadPlan plan) throws InterruptedException {
        String loadBefore = Machine.loadAverage();
        ExecutorService callbacks = Executors.newFixedThreadPool(threads, named("load-http"));
        ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(named("load-ramp"));
        HttpClient client = HttpClient.newBuilder().executor(callbacks).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, OperationStats> stats = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        plan.mix().forEach(w -> stats.put(w.operation().name(), new OperationStats()));
        Run run = new Run(plan, client, stats, callbacks, starter);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        // the identities come first (emulator users are created and followed before the clock starts)
        List<String> openids = plan.population().openids(runId, plan.users());
        long started = System.nanoTime();
        run.deadline = started + plan.duration().toNanos();
        try {
            for (int i = 0; i < plan.users(); i++) {
                VirtualUser user = new VirtualUser(i, openids.get(i), started);
                long delay = plan.rampUp().toNanos() * i / plan.users();
                starter.schedule(() -> run.next(user), delay, TimeUnit.NANOSECONDS);
            }
            long wait = plan.duration().plus(plan.rampUp()).plus(plan.timeout()).plusSeconds(10).toMillis();
            if (!run.finished.await(wait, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(run.finished.getCount() + " users still running after " + wait + " ms");
            }
        } finally {
            starter.shutdownNow();
            callbacks.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<LoadReport.Row> rows = new ArrayList<>();
        OperationStats all = run.total;
        synchronized (stats) {
            stats.forEach((name, s) -> rows.add(s.row(name, seconds)));
        }
        String think = plan.thinkTime().isZero() ? "no think time (closed loop)"
                : "think time " + plan.thinkTime().toMillis() + " ms mean (exponential) between a user's operations";
        return new LoadReport(plan.users(), seconds, rows, all.row("all", seconds), List.of(),
                think + "; load average " + loadBefore + " before, " + Machine.loadAverage() + " after; " + Machine.describe());
    }

    /** One run's shared state: what each user's loop reads and updates. */
    private static final class Run {
        private final LoadPlan plan;
        private final HttpClient client;
        private final Map<String, OperationStats> stats;
        private final OperationStats total = new OperationStats();
        private final ExecutorService callbacks;
        private final ScheduledExecutorService pauses;
        private final Exchange exchange;
        private final AtomicLong issued = new AtomicLong();
        private final CountDownLatch finished;
        private volatile long deadline;

        Run(LoadPlan plan, HttpClient client, Map<String, OperationStats> stats, ExecutorService callbacks,
            ScheduledExecutorService pauses) {
            this.plan = plan;
            this.pauses = pauses;
            this.client = client;
            this.stats = stats;
            this.callbacks = callbacks;
            // steps measured on their own (the login) get a row of their own, not counted in the total
            this.exchange = new Exchange(client, callbacks,
                    (step, nanos, error) -> stats.computeIfAbsent(step, k -> new OperationStats()).record(nanos, error));
            this.finished = new CountDownLatch(plan.users());
        }

        void next(VirtualUser user) {
            if (System.nanoTime() >= deadline || issued.incrementAndGet() > plan.maxRequests()) {
                finished.countDown();
                return;
            }
            LoadOperation op = plan.pick(user.random());
            long start = System.nanoTime();
            CompletableFuture<String> outcome;
            try {
                outcome = op.run(exchange, plan.target().pick(user.random()), user);
            } catch (RuntimeException e) {
                // a step that cannot even start is the driver's bug: stop this user, say why
                finished.countDown();
                throw e;
            }
            outcome.orTimeout(plan.timeout().toMillis() * 3, TimeUnit.MILLISECONDS).whenCompleteAsync((error, failure) -> {
                long nanos = Math.max(0, System.nanoTime() - start - user.takeSetup());
                String wrong = failure != null ? describe(failure) : error;
                stats.get(op.name()).record(nanos, wrong);
                total.record(nanos, wrong);
                long pause = plan.pauseNanos(user.random());
                if (pause == 0) {
                    next(user);
                } else if (System.nanoTime() + pause >= deadline) {
                    finished.countDown(); // the run is over before this user would tap again
                } else {
                    // the scheduler only hands the user back to the callback pool: the next send never runs on it
                    pauses.schedule(() -> callbacks.execute(() -> next(user)), pause, TimeUnit.NANOSECONDS);
                }
            }, callbacks);
        }

        private static String describe(Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
