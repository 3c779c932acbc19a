package io.wxkit.mp.callback;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default executor for async rules, created only when a rule is async and the user passed none:
 * up to 16 daemon threads named {@code wxkit-callback-N}, started on demand and stopped after 60 s
 * idle, with a queue of 1,000 tasks. When both are full the delivery is answered {@code success} and
 * the rejection is reported to the error hook.
 */
final class AsyncExecutor {
    static final int MAX_THREADS = 16;
    static final int QUEUE = 1_000;

    private AsyncExecutor() {
    }

    static ExecutorService create() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread t = new Thread(task, "wxkit-callback-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), threads, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
