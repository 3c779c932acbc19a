package io.wxkit.benchmarks.load;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated WeChat user: an openid of their own, their own random stream and a sequence number for
 * what they send (message ids). A user has at most one request in flight (closed loop), so it is touched
 * by one thread at a time.
 */
public final class VirtualUser {
    private final int id;
    private final String openid;
    private final SplittableRandom random;
    private final AtomicLong sequence = new AtomicLong();

    VirtualUser(int id, String run, long seed) {
        this.id = id;
        this.openid = "oLoad" + run + "u" + id;
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
}
