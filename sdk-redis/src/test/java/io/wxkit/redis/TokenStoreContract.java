package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.token.Credential;
import io.wxkit.core.token.RefreshLock;
import io.wxkit.core.token.TokenStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TokenStore} promises (DESIGN §3, access tokens): shared credentials, one refresher. */
abstract class TokenStoreContract {
    static final Duration LOCK_TTL = Duration.ofSeconds(30);

    abstract TokenStore store();

    /** Now, as the store's clock sees it. */
    abstract Instant now();

    /** Makes the lock on {@code key} expire, as its TTL passing would. */
    abstract void expireLock(String key);

    static String key() {
        return "wx" + UUID.randomUUID().toString().substring(0, 8) + ":access_token";
    }

    Credential credential(String value) {
        return new Credential(value, now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS).plusNanos(123_000));
    }

    @Test
    void aStoredCredentialIsReadBackExactly() {
        String key = key();
        assertThat(store().get(key)).isEmpty();
        Credential c = credential("ACCESS_TOKEN_1|with|bars");
        store().put(key, c);
        assertThat(store().get(key)).contains(c);
        Credential newer = credential("ACCESS_TOKEN_2");
        store().put(key, newer);
        assertThat(store().get(key)).contains(newer);
    }

    @Test
    void invalidatingTheCurrentValueRemovesIt() {
        String key = key();
        store().put(key, credential("ACCESS_TOKEN_1"));
        store().invalidate(key, "ACCESS_TOKEN_1");
        assertThat(store().get(key)).isEmpty();
    }

    @Test
    void aLateInvalidationOfAnOldValueKeepsTheNewerOne() {
        String key = key();
        Credential newer = credential("ACCESS_TOKEN_2");
        store().put(key, newer);
        store().invalidate(key, "ACCESS_TOKEN_1");
        store().invalidate(key, "ACCESS_TOKEN");
        assertThat(store().get(key)).contains(newer);
    }

    @Test
    void sixtyFourRacingRefreshersGetExactlyOneLock() throws Exception {
        String key = key();
        List<Optional<RefreshLock>> locks = Race.run(64, () -> store().tryLock(key, LOCK_TTL));
        assertThat(locks).filteredOn(Optional::isPresent).hasSize(1);
    }

    @Test
    void aReleasedLockCanBeTakenAgain() {
        String key = key();
        Optional<RefreshLock> first = store().tryLock(key, LOCK_TTL);
        assertThat(first).isPresent();
        assertThat(store().tryLock(key, LOCK_TTL)).isEmpty();
        first.get().close();
        Optional<RefreshLock> second = store().tryLock(key, LOCK_TTL);
        assertThat(second).isPresent();
        second.get().close();
    }

    @Test
    void anExpiredLockIsTakenByTheNextRefresherAndTheOldOwnerCannotReleaseIt() {
        String key = key();
        RefreshLock dead = store().tryLock(key, LOCK_TTL).orElseThrow();
        expireLock(key);
        RefreshLock next = store().tryLock(key, LOCK_TTL).orElseThrow();
        dead.close();
        assertThat(store().tryLock(key, LOCK_TTL)).as("the new owner's lock survives the old owner's release").isEmpty();
        next.close();
        dead.close();
        assertThat(store().tryLock(key, LOCK_TTL)).isPresent();
    }

    @Test
    void locksOfDifferentKeysAreIndependent() {
        assertThat(store().tryLock(key(), LOCK_TTL)).isPresent();
        assertThat(store().tryLock(key(), LOCK_TTL)).isPresent();
    }
}
