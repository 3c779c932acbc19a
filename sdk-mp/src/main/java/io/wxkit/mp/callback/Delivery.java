package io.wxkit.mp.callback;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One verified, decoded delivery on its way through the {@link Dispatcher}: its dedup key, when it
 * arrived, whether its rules run on the caller's thread, the work itself, and how to turn the
 * result into a passive reply body or a late customer-service message.
 *
 * @param <R>        the reply type
 * @param key        the dedup key (MsgId, or sender + time + event for events)
 * @param receivedAt when the request arrived, by the handler's clock
 * @param async      {@code true} when a matched rule asked to run on the executor
 * @param work       routes the message; returns {@code null} for "no reply"; must not throw
 * @param encode     renders a reply as the response body (XML, or the encrypted envelope)
 * @param late       sends a reply that missed the window through the customer-service API
 * @param errors     receives every failure that WeChat never sees (work, encoding, late send)
 */
record Delivery<R>(String key, Instant receivedAt, boolean async, Supplier<R> work,
        Function<R, String> encode, Consumer<R> late, Consumer<RuntimeException> errors) {
    Delivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(encode, "encode");
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(errors, "errors");
    }
}
