package io.wxkit.benchmarks.load;

import java.net.URI;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated WeChat user: an openid of their own (a synthetic one, or a fake user of the emulator that the
 * app's pages can log in), their own random stream, a sequence number for what they send (message ids), and
 * what their phone's browser keeps: cookies and, per app instance, the CSRF token of their signed-in session.
 * A user has at most one request in flight (closed loop), so it is touched by one thread at a time.
 */
public final class VirtualUser {
    private final int id;
    private final String openid;
    private final SplittableRandom random;
    private final AtomicLong sequence = new AtomicLong();
    private final CookieJar cookies = new CookieJar();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final AtomicLong setupNanos = new AtomicLong();

    VirtualUser(int id, String openid, long seed) {
        this.id = id;
        this.openid = openid;
        this.random = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L));
    }

    public int id() {
        return id;
    }

    public String openid() {
        return openid;
    }

    public SplittableRandom random() {
        return random;
    }

    /** 1, 2, 3, ... per user. */
    public long next() {
        return sequence.incrementAndGet();
    }

    void addSetup(long nanos) {
        setupNanos.addAndGet(nanos);
    }

    /** The setup time (sign-ins) spent inside the operation that just ended, reset to zero. */
    long takeSetup() {
        return setupNanos.getAndSet(0);
    }

    CookieJar cookies() {
        return cookies;
    }

    /** The CSRF token of this user's session in {@code role} at {@code base}, or null before the login. */
    String session(String role, URI base) {
        return sessions.get(role + "@" + base);
    }

    void session(String role, URI base, String csrf) {
        if (csrf == null) {
            sessions.remove(role + "@" + base);
        } else {
            sessions.put(role + "@" + base, csrf);
        }
    }
}
