package io.wxkit.spring.actuate;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.core.dedup.DedupStore;
import java.time.Duration;
import java.util.Optional;

/**
 * The application's {@link DedupStore} with each {@link #firstSeen} observed as {@code wxkit.dedup}
 * (result {@code first} or {@code duplicate}: the duplicates are WeChat's redeliveries that were dropped).
 */
final class ObservedDedupStore implements DedupStore {
    static final String NAME = "wxkit.dedup";

    private final DedupStore delegate;
    private final ObservationRegistry registry;
    private final String use;

    ObservedDedupStore(DedupStore delegate, ObservationRegistry registry, String use) {
        this.delegate = delegate;
        this.registry = registry;
        this.use = use;
    }

    @Override
    public boolean firstSeen(String key, Duration ttl) {
        Observation o = Observation.createNotStarted(NAME, registry).lowCardinalityKeyValue("use", use).start();
        try {
            boolean first = delegate.firstSeen(key, ttl);
            o.lowCardinalityKeyValue("result", first ? "first" : "duplicate");
            return first;
        } catch (RuntimeException e) {
            o.lowCardinalityKeyValue("result", "unavailable");
            o.error(e);
            throw e;
        } finally {
            o.stop();
        }
    }

    @Override
    public void saveReply(String key, String reply, Duration ttl) {
        delegate.saveReply(key, reply, ttl);
    }

    @Override
    public Optional<String> reply(String key) {
        return delegate.reply(key);
    }

    /** The fail-closed view pay notifications use, observed too and tagged {@code use=pay}. */
    @Override
    public DedupStore failClosed() {
        return new ObservedDedupStore(delegate.failClosed(), registry, "pay");
    }
}
