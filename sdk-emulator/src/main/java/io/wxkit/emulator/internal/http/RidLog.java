package io.wxkit.emulator.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The requests behind the {@code rid} of each failed WeChat call, so {@code openapi/rid/get} can answer with the
 * request as WeChat does. Keeps the most recent {@link #CAPACITY} failures (WeChat keeps 7 days; an emulator
 * session is shorter). Thread-safe.
 */
public final class RidLog implements Resettable {
    static final int CAPACITY = 10_000;

    /**
     * One failed call.
     *
     * @param invokeTime   {@code invoke_time}, epoch seconds
     * @param costInMs     {@code cost_in_ms}
     * @param requestUrl   {@code request_url}: the query string, as WeChat shows it
     * @param requestBody  {@code request_body}
     * @param responseBody {@code response_body}: the error JSON, rid included
     * @param accessToken  the call's {@code access_token} (null when it had none): rid/get answers only its account
     */
    public record Entry(long invokeTime, long costInMs, String requestUrl, String requestBody, String responseBody,
                        String accessToken) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void record(String rid, Entry entry) {
        entries.put(rid, entry);
    }

    /** The failed call behind {@code rid}, if it is still kept. */
    public synchronized Optional<Entry> find(String rid) {
        return Optional.ofNullable(entries.get(rid));
    }

    /** Forgets every entry (the emulator's reset). */
    public synchronized void reset() {
        entries.clear();
    }
}
