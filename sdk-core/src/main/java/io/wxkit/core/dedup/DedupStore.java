package io.wxkit.core.dedup;

import java.time.Duration;
import java.util.Optional;

/**
 * Remembers which deliveries were already seen, so that WeChat's retries of a callback message or
 * of a payment notification reach the application once.
 *
 * <p>Implementations must make {@link #firstSeen} atomic: of any number of concurrent callers with
 * the same key (across JVMs for a distributed store) exactly one gets {@code true}.
 */
public interface DedupStore {

    /**
     * Records {@code key} for {@code ttl}; {@code true} only for the first caller to record it.
     *
     * @param key the delivery's identity, e.g. one built from a message's {@code MsgId}, or from an event's
     *     {@code FromUserName} and {@code CreateTime}
     * @param ttl how long the key is remembered; it must outlast the sender's retries
     * @return true if no live entry for {@code key} existed and this call recorded it
     */
    boolean firstSeen(String key, Duration ttl);

    /**
     * Keeps the answer given to the first delivery of {@code key}, so retries can repeat it.
     *
     * @param key the key {@link #firstSeen} recorded
     * @param reply the response body given to the first delivery
     * @param ttl how long the reply is kept, counted from now
     */
    void saveReply(String key, String reply, Duration ttl);

    /**
     * The answer saved for {@code key}, if the first delivery has finished and saved one.
     *
     * @param key the key {@link #firstSeen} recorded
     * @return the saved reply; empty while the first delivery is still being handled, after the TTL, or if none was
     *     saved
     */
    Optional<String> reply(String key);

    /**
     * This store as it must be used where handling twice costs money (WeChat Pay notifications):
     * while a shared backend is unavailable every call throws instead of being answered from this
     * JVM's memory, so the caller can refuse the delivery and let WeChat redeliver it later.
     * A store that never answers from a local stand-in returns itself (the default).
     *
     * @return a store that throws while it cannot reach its backend; this store by default
     */
    default DedupStore failClosed() {
        return this;
    }
}
