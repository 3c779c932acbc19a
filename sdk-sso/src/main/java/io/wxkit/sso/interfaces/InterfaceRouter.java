package io.wxkit.sso.interfaces;

import io.wxkit.core.message.InboundMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enabled interfaces in routing order, compiled, as an immutable snapshot swapped on change: a change
 * through the local registry reloads at once; changes made on other nodes are seen through the shared
 * revision counter, checked at most once per reload interval by one request thread while the others keep
 * using the current snapshot (no thread ever waits on the reload).
 */
final class InterfaceRouter {
    private static final Logger LOG = LoggerFactory.getLogger(InterfaceRouter.class);

    /** One enabled interface ready to match and render. */
    record Compiled(BusinessInterface definition, CompiledTrigger trigger, Template request, Template reply) {
    }

    /** A matched message: which interface and what it captured. */
    record Matched(Compiled route, Captured captured) {
    }

    private record Snapshot(long revision, List<Compiled> routes) {
    }

    private final InterfaceRows rows;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, List.of());
    private volatile long nextCheck;

    InterfaceRouter(InterfaceRows rows, Duration reloadInterval, LongSupplier nanoTime) {
        this.rows = rows;
        this.intervalNanos = reloadInterval.toNanos();
        this.nanoTime = nanoTime;
        reload();
    }

    /** The first enabled interface whose trigger matches {@code m}, or {@code null}. */
    Matched match(InboundMessage m) {
        reloadIfStale();
        for (Compiled route : snapshot.routes()) {
            Captured c = route.trigger().match(m);
            if (c != null) {
                return new Matched(route, c);
            }
        }
        return null;
    }

    /** The enabled interfaces the router currently uses, in order. */
    List<BusinessInterface> active() {
        reloadIfStale();
        return snapshot.routes().stream().map(Compiled::definition).toList();
    }

    /** Reloads now (after a local change). */
    void reload() {
        long revision = rows.revision();
        List<Compiled> routes = rows.list().stream().filter(BusinessInterface::enabled).map(InterfaceRouter::compile)
                .toList();
        snapshot = new Snapshot(revision, routes);
        nextCheck = nanoTime.getAsLong() + intervalNanos;
    }

    /**
     * Reloads after a change committed through the local registry; if the database hiccups right then, the
     * change is not lost: the next message triggers the reload instead.
     */
    void reloadAfterChange() {
        try {
            reload();
        } catch (RuntimeException e) {
            nextCheck = nanoTime.getAsLong();
            LOG.warn("business interfaces: reload after a change failed, retrying on the next message ({})",
                    e.getClass().getSimpleName());
        }
    }

    private void reloadIfStale() {
        if (nanoTime.getAsLong() - nextCheck < 0 || !reloading.compareAndSet(false, true)) {
            return;
        }
        try {
            if (rows.revision() != snapshot.revision()) {
                reload();
            } else {
                nextCheck = nanoTime.getAsLong() + intervalNanos;
            }
        } catch (RuntimeException e) {
            // the database is unreachable: keep routing with what we have, try again next interval
            nextCheck = nanoTime.getAsLong() + intervalNanos;
            LOG.warn("business interfaces: reload failed, keeping revision {} ({})", snapshot.revision(),
                    e.getClass().getSimpleName());
        } finally {
            reloading.set(false);
        }
    }

    private static Compiled compile(BusinessInterface i) {
        InterfaceSpec s = i.spec();
        Template reply = s.reply() instanceof ReplyTemplate.Text t ? Template.parse(t.template()) : null;
        return new Compiled(i, new CompiledTrigger(s.trigger()), Template.parse(s.requestTemplate()), reply);
    }
}
