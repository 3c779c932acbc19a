package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.cluster.SlotHash;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.RefreshLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the Redis stores write, looked at from behind their back: names, values, expiries. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisKeyLayoutIT {
    private RealRedis redis;
    private RedisStores stores;

    @BeforeAll
    void connect() {
        redis = RealRedis.connect();
        stores = redis.stores().build();
    }

    @AfterAll
    void cleanUp() {
        if (stores != null) {
            stores.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aCredentialIsStoredUnderThePrefixWithAHashTagUntilItsExpiry() {
        Instant expiresAt = Instant.now().plusSeconds(90);
        stores.tokenStore().put("wx1:access_token", new Credential("ACCESS_TOKEN", expiresAt));
        String key = redis.prefix + "token:{wx1:access_token}";
        assertThat(redis.raw().get(key)).isEqualTo(expiresAt + "|ACCESS_TOKEN");
        assertThat(redis.raw().pttl(key)).isBetween(80_000L, 90_000L);
    }

    @Test
    void aRefreshLockHoldsARandomOwnerForItsTtlOnTheCredentialsSlot() {
        RefreshLock lock = stores.tokenStore().tryLock("wx2:access_token", Duration.ofSeconds(30)).orElseThrow();
        String key = redis.prefix + "token:{wx2:access_token}:lock";
        assertThat(redis.raw().get(key)).matches("[0-9a-f]{32}");
        assertThat(redis.raw().pttl(key)).isBetween(20_000L, 30_000L);
        assertThat(SlotHash.getSlot(key)).isEqualTo(SlotHash.getSlot(redis.prefix + "token:{wx2:access_token}"));
        lock.close();
        assertThat(redis.raw().exists(key)).isZero();
    }

    @Test
    void everyKeyOfAnAccessTokenHasOnePrefixAndOneSlot() {
        // issue 11: was wxkit:token:{wxkit:token:wx6} with the lock at wxkit:token:{wxkit:token:wx6:lock}:lock
        String storeKey = io.wxkit.core.token.AccessTokenManager.storeKey("wx6");
        assertThat(storeKey).isEqualTo("wx6:access_token");
        stores.tokenStore().put(storeKey, new Credential("T", Instant.now().plusSeconds(60)));
        RefreshLock refresh = stores.tokenStore().tryLock(storeKey, Duration.ofSeconds(30)).orElseThrow();
        RefreshLock force = stores.tokenStore().tryLock(storeKey, "force", Duration.ofSeconds(30)).orElseThrow();
        String credential = redis.prefix + "token:{wx6:access_token}";
        assertThat(redis.raw().exists(credential, credential + ":lock", credential + ":force")).isEqualTo(3);
        KeyScanCursor<String> all = redis.raw().scan(ScanArgs.Builder.matches(redis.prefix + "token:*wx6*").limit(10_000));
        assertThat(all.getKeys()).allMatch(k -> SlotHash.getSlot(k) == SlotHash.getSlot(credential))
                .allMatch(k -> k.indexOf(redis.prefix) == k.lastIndexOf(redis.prefix));
        refresh.close();
        force.close();
    }

    @Test
    void ticketsAreStoredUnderTheirHashNeverInClear() throws Exception {
        String ticket = "ST-visible-ticket-7f3a";
        stores.ticketStore().put(ticket, "openid=o1", Duration.ofSeconds(60));
        String hash = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        String key = redis.prefix + "ticket:{" + hash + "}";
        assertThat(redis.raw().get(key)).isEqualTo("openid=o1");
        assertThat(redis.raw().pttl(key)).isBetween(50_000L, 60_000L);
        KeyScanCursor<String> all = redis.raw().scan(ScanArgs.Builder.matches(redis.prefix + "*").limit(10_000));
        assertThat(all.getKeys()).noneMatch(k -> k.contains(ticket));
    }

    @Test
    void aDedupMarkLastsTheDeliveryTtlAndTheReplyReplacesIt() {
        stores.dedupStore().firstSeen("gh_1:msg:42", Duration.ofSeconds(45));
        String key = redis.prefix + "dedup:{gh_1:msg:42}";
        assertThat(redis.raw().get(key)).isEqualTo("-");
        assertThat(redis.raw().pttl(key)).isBetween(35_000L, 45_000L);
        stores.dedupStore().saveReply("gh_1:msg:42", "<xml/>", Duration.ofSeconds(45));
        assertThat(redis.raw().get(key)).isEqualTo("=<xml/>");
    }

    @Test
    void aRateCounterExpiresWithItsWindow() {
        stores.rateLimiter().tryAcquire("vote:o1", 5, Duration.ofSeconds(10));
        stores.rateLimiter().tryAcquire("vote:o1", 5, Duration.ofSeconds(10));
        String key = redis.prefix + "rate:{vote:o1}:10000";
        assertThat(redis.raw().get(key)).isEqualTo("2");
        assertThat(redis.raw().pttl(key)).isBetween(1L, 10_000L);
    }

    @Test
    void aValueWxkitDidNotWriteIsIgnoredAndRefreshedOver() {
        redis.raw().set(redis.prefix + "token:{wx3:access_token}", "not-a-credential");
        assertThat(stores.tokenStore().get("wx3:access_token")).isEmpty();
        redis.raw().set(redis.prefix + "token:{wx4:access_token}", "yesterday|TOKEN");
        assertThat(stores.tokenStore().get("wx4:access_token")).isEmpty();
    }

    @Test
    void applicationsWithDifferentPrefixesShareNothing() {
        try (RedisStores other = RedisStores.builder(redis.client).keyPrefix(redis.prefix + "other:").build()) {
            stores.tokenStore().put("wx5:access_token", new Credential("MINE", Instant.now().plusSeconds(60)));
            assertThat(other.tokenStore().get("wx5:access_token")).isEmpty();
            assertThat(stores.dedupStore().firstSeen("gh_1:msg:5", Duration.ofMinutes(1))).isTrue();
            assertThat(other.dedupStore().firstSeen("gh_1:msg:5", Duration.ofMinutes(1))).isTrue();
        }
    }

    @Test
    void aPrefixWithBracesIsRejectedBecauseItWouldReplaceTheHashTags() {
        assertThatThrownBy(() -> RedisStores.builder(redis.client).keyPrefix("app{1}:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hash tags");
    }
}
