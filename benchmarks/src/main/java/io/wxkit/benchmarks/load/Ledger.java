package io.wxkit.benchmarks.load;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the examples mix was told by the app, kept so the post-run check can hold the database to it: the
 * accepted ballots, the wins, the orders that came back paid, the confirmed and waiting registrations, the SSO
 * tickets redeemed and the replays refused; and, for the report, every refusal by operation and code (a refusal
 * the rules explain is a right answer, not an error). Thread-safe.
 */
public final class Ledger {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Set<String> paidOrders = ConcurrentHashMap.newKeySet();
    private final Set<String> openids = ConcurrentHashMap.newKeySet();

    void add(String what) {
        counts.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    void refused(String operation, String code) {
        add("refused: " + operation + ": " + code);
    }

    void paid(String outTradeNo) {
        paidOrders.add(outTradeNo);
    }

    void user(String openid) {
        openids.add(openid);
    }

    public long count(String what) {
        LongAdder a = counts.get(what);
        return a == null ? 0 : a.sum();
    }

    public Set<String> paidOrders() {
        return Set.copyOf(paidOrders);
    }

    /** The openids that acted in this run (the checks count their rows). */
    public Set<String> openids() {
        return Set.copyOf(openids);
    }

    /** Every count, sorted by name. */
    public Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        counts.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }
}
