package io.wxkit.core.http;

import java.time.Duration;

/**
 * How the pipeline waits between retries. The default parks the calling thread; tests pass one
 * that records the delays instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code delay}.
     *
     * @param delay how long, zero or positive
     * @throws InterruptedException if the thread is interrupted while waiting; the pipeline then restores the
     *     interrupt flag and throws the last failure
     */
    void sleep(Duration delay) throws InterruptedException;

    /**
     * The real sleeper: {@link Thread#sleep(long, int)}.
     *
     * @return the sleeper that blocks the calling thread
     */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    }
}
