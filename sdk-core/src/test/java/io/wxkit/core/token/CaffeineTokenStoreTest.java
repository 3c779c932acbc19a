package io.wxkit.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaffeineTokenStoreTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    final CaffeineTokenStore store = CaffeineTokenStore.create(clock);

    @Test
    void invalidateDeletesOnlyTheNamedValue() {
        store.put("k", new Credential("NEW", clock.instant().plusSeconds(60)));
        store.invalidate("k", "OLD");
        assertThat(store.get("k")).map(Credential::value).contains("NEW");
        store.invalidate("k", "NEW");
        assertThat(store.get("k")).isEmpty();
    }

    @Test
    void expiredCredentialsAreStillReturnedForTheCallerToJudge() {
        store.put("k", new Credential("T", clock.instant()));
        clock.advance(Duration.ofHours(3));
        assertThat(store.get("k")).map(Credential::value).contains("T");
    }

    @Test
    void exactlyOneOfManyRacingCallersGetsTheLock() throws Exception {
        int threads = 32;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> got = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return store.tryLock("k:lock", Duration.ofSeconds(30)).isPresent();
                }));
            }
            int winners = 0;
            for (Future<Boolean> f : got) {
                winners += f.get(5, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lockExpiresByItselfAndAnExpiredHolderCannotReleaseTheNextOne() {
        Optional<RefreshLock> first = store.tryLock("k:lock", Duration.ofSeconds(30));
        assertThat(first).isPresent();
        assertThat(store.tryLock("k:lock", Duration.ofSeconds(30))).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        Optional<RefreshLock> second = store.tryLock("k:lock", Duration.ofSeconds(30));
        assertThat(second).isPresent();

        first.get().close();

        assertThat(store.tryLock("k:lock", Duration.ofSeconds(30))).isEmpty();
        second.get().close();
        assertThat(store.tryLock("k:lock", Duration.ofSeconds(30))).isPresent();
    }
}
