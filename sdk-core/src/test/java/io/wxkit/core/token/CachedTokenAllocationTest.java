package io.wxkit.core.token;

import io.wxkit.core.internal.token.CredentialCache;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (and 14's comparison with WxJava): a fresh token is served by a volatile read and a
 * {@code long} comparison against {@link Clock#millis()}, with no store lookup and no allocation.
 * Not a benchmark: it counts bytes allocated by this thread and reads of the store.
 */
class CachedTokenAllocationTest {

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counters");
        return ((com.sun.management.ThreadMXBean) bean).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void aFreshTokenIsServedWithoutAllocatingOrReadingTheStore() {
        AtomicInteger reads = new AtomicInteger();
        TokenStore store = new ObservedStore(CaffeineTokenStore.create(), 0) {
            @Override
            public java.util.Optional<Credential> get(String key) {
                reads.incrementAndGet();
                return super.get(key);
            }
        };
        CredentialCache tokens = CredentialCache.builder("wxAPPID:access_token",
                force -> new Credential("ACCESS_TOKEN", Instant.now().plusSeconds(7200))).store(store)
                .clock(Clock.systemUTC()).executor(Runnable::run).build();
        int sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += tokens.get().length(); // warm-up, and the first call fetches
        }
        int readsBefore = reads.get();
        int n = 100_000;
        long before = allocatedBytes();
        for (int i = 0; i < n; i++) {
            sink += tokens.get().length();
        }
        long allocated = allocatedBytes() - before;

        assertThat(sink).isPositive();
        assertThat(reads.get()).as("store reads on the hot path").isEqualTo(readsBefore);
        // a single allocation per call would be ≥ 16 bytes × 100,000; allow the counter's own noise
        assertThat(allocated).as("bytes allocated by %d calls", n).isLessThan(4 * 1024);
    }
}
