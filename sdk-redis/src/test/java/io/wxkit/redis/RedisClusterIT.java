package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.TokenStore;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store contracts on a real three-master Redis Cluster, through a {@link RedisClusterClient}:
 * every command and script is single-key, so nothing is cross-slot, and scripts load on each node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisClusterIT {
    private LocalRedisCluster cluster;
    private RedisClusterClient client;
    private RedisStores stores;

    @BeforeAll
    void startCluster() throws Exception {
        cluster = LocalRedisCluster.start();
        client = RedisClusterClient.create(cluster.uris());
        stores = RedisStores.builder(client).build();
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (stores != null) {
            stores.close();
        }
        if (client != null) {
            client.shutdown();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void credentialsOfManyAppsSpreadOverTheMastersAndEachIsReadBack() {
        Set<Integer> slots = IntStream.range(0, 30).mapToObj(i -> "wx" + i + ":access_token").peek(key -> {
            Credential c = new Credential("TOKEN_" + key, Instant.now().plusSeconds(60));
            stores.tokenStore().put(key, c);
            assertThat(stores.tokenStore().get(key)).contains(c);
        }).map(key -> SlotHash.getSlot("wxkit:token:{" + key + "}") * 3 / SlotHash.SLOT_COUNT)
                .collect(Collectors.toSet());
        assertThat(slots).as("keys landed on all three masters' slot ranges").hasSize(3);
    }

    @Nested
    class ClusterTokenStoreContract extends TokenStoreContract {
        @Override
        TokenStore store() {
            return stores.tokenStore();
        }

        @Override
        Instant now() {
            return Instant.now();
        }

        @Override
        void expireLock(String key) {
            try (var c = client.connect()) {
                c.sync().del("wxkit:token:{" + key + "}:lock");
            }
        }
    }

    @Nested
    class ClusterDedupStoreContract extends DedupStoreContract {
        @Override
        DedupStore store() {
            return stores.dedupStore();
        }
    }

    @Nested
    class ClusterTicketStoreContract extends TicketStoreContract {
        @Override
        TicketStore store() {
            return stores.ticketStore();
        }
    }

    @Nested
    class ClusterRateLimiterContract extends RateLimiterContract {
        @Override
        RateLimiter limiter() {
            return stores.rateLimiter();
        }
    }
}
