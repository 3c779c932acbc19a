package io.wxkit.spring.actuate;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of async callback rules and late replies, carrying the submitter's current observation (the
 * callback request's, e.g. Boot's {@code http.server.requests} with its trace) to the worker: each task runs in
 * a scope of that observation, so the customer-service send of a late reply, and the {@code wxkit.callback}
 * observation of an async rule, are its children. The scope is closed when the task ends, so a pooled thread
 * keeps no observation (no ThreadLocal leak); a task submitted with no current observation runs as it is.
 */
final class ObservedExecutor implements Executor, AutoCloseable {
    /** As sdk-mp's default for async rules: 16 daemon threads on demand, 1,000 queued tasks, then rejection. */
    static final int MAX_THREADS = 16;
    static final int QUEUE = 1_000;

    private final ExecutorService delegate;
    private final ObservationRegistry registry;

    ObservedExecutor(ExecutorService delegate, ObservationRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    /** The starter's pool, threads named {@code wxkit-callback-N}. */
    static ObservedExecutor pool(ObservationRegistry registry) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread t = new Thread(task, "wxkit-callback-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), threads, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return new ObservedExecutor(pool, registry);
    }

    // "try": the scope is opened only for its effect (the parent observation is current on the task's thread)
    @SuppressWarnings("try")
    @Override
    public void execute(Runnable task) {
        Observation parent = registry.getCurrentObservation();
        if (parent == null) {
            delegate.execute(task);
            return;
        }
        delegate.execute(() -> {
            try (Observation.Scope scope = parent.openScope()) {
                task.run();
            }
        });
    }

    /** Stops taking tasks; running ones (a late reply being sent) may finish. */
    @Override
    public void close() {
        delegate.shutdown();
    }
}
