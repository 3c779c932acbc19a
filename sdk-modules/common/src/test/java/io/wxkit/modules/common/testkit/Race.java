package io.wxkit.modules.common.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Starts {@code n} threads at the same instant (a start gate, no sleeps) and collects what each returned
 * or threw, waiting at most a deadline for all of them.
 */
public final class Race {
    private Race() {
    }

    /** What one racer ended with: a value or an exception. */
    public record Outcome<T>(T value, Throwable error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Runs {@code racer.apply(i)} for i in 0..n-1 on n threads released together. */
    public static <T> List<Outcome<T>> run(int n, Duration deadline, IntFunction<Callable<T>> racer) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome<T>>> futures = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                Callable<T> task = racer.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome<>(task.call(), null);
                    } catch (Throwable t) {
                        return new Outcome<>(null, t);
                    }
                }));
            }
            assertThat(ready.await(deadline.toMillis(), TimeUnit.MILLISECONDS)).as("all racers started").isTrue();
            go.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS))
                    .as("all %d racers finished within %s", n, deadline).isTrue();
            List<Outcome<T>> outcomes = new ArrayList<>(n);
            for (Future<Outcome<T>> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError(e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
