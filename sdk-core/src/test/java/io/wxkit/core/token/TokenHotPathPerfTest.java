package io.wxkit.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Cost of {@code token()} when the token is cached: run with {@code -Dwxkit.perf=true}. */
@EnabledIfSystemProperty(named = "wxkit.perf", matches = "true")
class TokenHotPathPerfTest {

    @Test
    void cachedTokenCostsNoIo() {
        CaffeineTokenStore store = CaffeineTokenStore.create();
        store.put(AccessTokenManager.storeKey("wxAPPID"), new Credential("T", Instant.now().plusSeconds(7200)));
        AccessTokenManager tokens = AccessTokenManager.builder().appId("wxAPPID")
                .external(() -> { throw new AssertionError("no fetch expected"); })
                .tokenStore(store).clock(Clock.systemUTC()).build();
        int n = 5_000_000;
        for (int i = 0; i < n; i++) {
            tokens.token(); // warm-up
        }
        long start = System.nanoTime();
        int len = 0;
        for (int i = 0; i < n; i++) {
            len += tokens.token().length();
        }
        long ns = System.nanoTime() - start;
        System.out.printf("token() cached: %.1f ns/op%n", (double) ns / n);
        assertThat(len).isEqualTo(n);
    }
}
