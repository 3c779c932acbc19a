package io.wxkit.mp.callback;

import io.wxkit.core.dedup.DedupStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each delivery once and keeps WeChat's 5-second window: dedup, in-flight sharing, the reply
 * budget, async rules on the executor, and the hand-over of late replies.
 *
 * <p>Per delivery key: the first delivery runs the work; a duplicate arriving while it runs in this
 * JVM waits for the same answer (within its own budget); a duplicate arriving later gets the saved
 * answer from the {@link DedupStore}, or {@code success} when another JVM is still working on it.
 * A reply ready after the budget is never returned passively: the answer is {@code success} and
 * the reply goes to the delivery's late sender instead, so the user sees it exactly once.
 *
 * <p>Thread-safe. Sync work runs on the calling thread; only async work touches the executor.
 */
final class Dispatcher {
    private final DedupStore store;
    private final Duration dedupTtl;
    private final long budgetNanos;
    private final Clock clock;
    private final Executor executor;
    private final ConcurrentMap<String, CompletableFuture<String>> inFlight = new ConcurrentHashMap<>();

    /**
     * @param executor runs async work and late sends of sync work; {@code null} when no rule is
     *     async (late sends of sync work then run on the calling thread)
     */
    Dispatcher(DedupStore store, Duration dedupTtl, Duration budget, Clock clock, Executor executor) {
        this.store = Objects.requireNonNull(store, "store");
        this.dedupTtl = Objects.requireNonNull(dedupTtl, "dedupTtl");
        this.budgetNanos = Objects.requireNonNull(budget, "budget").toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = executor;
    }

    /** The response body for this delivery: a passive reply, or {@code success}. Never throws. */
    <R> String dispatch(Delivery<R> delivery) {
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> running = inFlight.putIfAbsent(delivery.key(), mine);
        if (running != null) {
            return awaitDuplicate(running, delivery.receivedAt());
        }
        String body = CallbackResponse.SUCCESS;
        try {
            body = first(delivery);
            return body;
        } finally {
            mine.complete(body);
            inFlight.remove(delivery.key(), mine);
        }
    }

    private <R> String first(Delivery<R> delivery) {
        if (!firstSeen(delivery)) {
            try {
                return store.reply(delivery.key()).orElse(CallbackResponse.SUCCESS);
            } catch (RuntimeException e) {
                delivery.errors().accept(e);
                return CallbackResponse.SUCCESS;
            }
        }
        String body = delivery.async() ? runAsync(delivery) : runSync(delivery);
        try {
            store.saveReply(delivery.key(), body, dedupTtl);
        } catch (RuntimeException e) {
            delivery.errors().accept(e);
        }
        return body;
    }

    /**
     * Whether this is the first delivery of its key. A store that fails (Redis down) is reported and the
     * delivery is handled anyway: a message answered twice is better than one never answered.
     */
    private <R> boolean firstSeen(Delivery<R> delivery) {
        try {
            return store.firstSeen(delivery.key(), dedupTtl);
        } catch (RuntimeException e) {
            delivery.errors().accept(e);
            return true;
        }
    }

    private <R> String runSync(Delivery<R> delivery) {
        R reply = guarded(delivery);
        if (reply == null) {
            return CallbackResponse.SUCCESS;
        }
        if (remaining(delivery.receivedAt()) <= 0) {
            sendLate(delivery, reply);
            return CallbackResponse.SUCCESS;
        }
        return encode(delivery, reply);
    }

    private <R> String runAsync(Delivery<R> delivery) {
        CompletableFuture<R> result;
        try {
            result = CompletableFuture.supplyAsync(() -> guarded(delivery), executor);
        } catch (RejectedExecutionException e) {
            delivery.errors().accept(e);
            return CallbackResponse.SUCCESS;
        }
        try {
            R reply = result.get(Math.max(0, remaining(delivery.receivedAt())), TimeUnit.NANOSECONDS);
            return reply == null ? CallbackResponse.SUCCESS : encode(delivery, reply);
        } catch (TimeoutException e) {
            handOver(delivery, result);
            return CallbackResponse.SUCCESS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handOver(delivery, result);
            return CallbackResponse.SUCCESS;
        } catch (ExecutionException | CancellationException e) {
            delivery.errors().accept(unwrap(e));
            return CallbackResponse.SUCCESS;
        }
    }

    /** The window is over: whenever the async work finishes, its reply goes out late. */
    private <R> void handOver(Delivery<R> delivery, CompletableFuture<R> result) {
        result.thenAccept(late -> {
            if (late != null) {
                sendLate(delivery, late);
            }
        });
    }

    private String awaitDuplicate(CompletableFuture<String> running, Instant receivedAt) {
        try {
            return running.get(Math.max(0, remaining(receivedAt)), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            return CallbackResponse.SUCCESS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CallbackResponse.SUCCESS;
        }
    }

    private <R> R guarded(Delivery<R> delivery) {
        try {
            return delivery.work().get();
        } catch (RuntimeException e) {
            delivery.errors().accept(e);
            return null;
        }
    }

    private <R> String encode(Delivery<R> delivery, R reply) {
        try {
            return delivery.encode().apply(reply);
        } catch (RuntimeException e) {
            delivery.errors().accept(e);
            return CallbackResponse.SUCCESS;
        }
    }

    private <R> void sendLate(Delivery<R> delivery, R reply) {
        Runnable send = () -> {
            try {
                delivery.late().accept(reply);
            } catch (RuntimeException e) {
                delivery.errors().accept(e);
            }
        };
        if (executor == null) {
            send.run();
            return;
        }
        try {
            executor.execute(send);
        } catch (RejectedExecutionException e) {
            delivery.errors().accept(e);
        }
    }

    private static RuntimeException unwrap(Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause instanceof RuntimeException r ? r : new IllegalStateException("async rule failed", cause);
    }

    /** Nanoseconds left of the reply budget for a request that arrived at {@code receivedAt}. */
    private long remaining(Instant receivedAt) {
        Instant now = clock.instant();
        long elapsed = (now.getEpochSecond() - receivedAt.getEpochSecond()) * 1_000_000_000L
                + (now.getNano() - receivedAt.getNano());
        return budgetNanos - elapsed;
    }
}
