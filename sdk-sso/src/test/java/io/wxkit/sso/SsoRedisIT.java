package io.wxkit.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.wxkit.redis.RedisStores;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.IssuedCredentials;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two broker nodes in two JVMs sharing PostgreSQL ({@code wxkit_sso}) and Redis (tickets and failure counters,
 * under a random {@code wxkit-sso-test:*} prefix): a ticket raced by both nodes is redeemed exactly once, and
 * wrong secrets are counted cluster-wide per client and per IP, each node then locking out locally.
 */
class SsoRedisIT {
    static final int PER_CLIENT = 3;
    static final int PER_IP = 5;
    static final int THREADS = 16;
    static final String CRM = "https://crm.example.com/sso/callback";
    private static final String HOST = System.getenv().getOrDefault("WXKIT_REDIS_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("WXKIT_REDIS_PORT", "6379"));

    private final byte[] masterKey = new byte[32];
    private final String prefix = "wxkit-sso-test:" + HexFormat.of().formatHex(random(6)) + ":";
    private HikariDataSource ds;
    private RedisClient redis;
    private RedisStores stores;
    private SsoFixture fx;
    private NodeProcess other;
    private IssuedCredentials crm;
    private String alice;

    @BeforeEach
    void start() throws Exception {
        requireRedis();
        ds = TestDb.POSTGRES.open("wxkit_sso");
        new SecureRandom().nextBytes(masterKey);
        redis = RedisClient.create(RedisURI.Builder.redis(HOST, PORT).withTimeout(Duration.ofSeconds(5)).build());
        stores = RedisStores.builder(redis).keyPrefix(prefix).build();
        fx = SsoFixture.start(ds, b -> b.masterKey(masterKey).ticketStore(stores.ticketStore())
                .rateLimiter(stores.rateLimiter()).failureLimits(PER_CLIENT, PER_IP, Duration.ofMinutes(1)));
        crm = fx.register("crm", CRM, Claim.ACCOUNT);
        alice = fx.user("Alice");
        fx.sso.bindings().bind(alice, "crm", "E1001", null, BindProof.admin("ops"));
        other = NodeProcess.start(List.of("jdbc:postgresql://127.0.0.1:5432/wxkit_sso", "postgres", HOST,
                String.valueOf(PORT), prefix, HexFormat.of().formatHex(masterKey), fx.wx.baseUrl(),
                String.valueOf(THREADS)));
        other.answer(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() throws Exception {
        if (other != null) {
            other.close();
        }
        if (fx != null) {
            fx.close();
            TestDb.clean(ds);
        }
        if (stores != null) {
            try (StatefulRedisConnection<String, String> c = redis.connect()) {
                List<String> keys = c.sync().keys(prefix + "*");
                if (!keys.isEmpty()) {
                    c.sync().del(keys.toArray(String[]::new));
                }
            }
            stores.close();
            redis.shutdown();
        }
        if (ds != null) {
            ds.close();
        }
    }

    @Test
    void aTicketRacedByTwoJvmsIsRedeemedExactlyOnce() throws Exception {
        List<String> tickets = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            String ticket = fx.ticket("crm", CRM, alice);
            tickets.add(ticket);
            other.send("ARM crm " + crm.clientSecret() + " " + ticket);
            assertThat(other.answer(Duration.ofSeconds(30))).isEqualTo("ARMED");
            other.send("GO");
            List<Integer> here = Race.run(THREADS, () -> fx.redeem("crm", crm.clientSecret(), ticket).status());
            String[] there = other.answer(Duration.ofSeconds(60)).split(" ");
            int wins = Integer.parseInt(there[1]) + (int) here.stream().filter(s -> s == 200).count();
            assertThat(wins).as("round %d: here %s, other JVM %s", round, here, String.join(" ", there)).isEqualTo(1);
            assertThat(here).filteredOn(s -> s != 200).containsOnly(400);
        }
        // the store only ever sees hashes: with a ticket live, no raw ticket is in any Redis key
        tickets.add(fx.ticket("crm", CRM, alice));
        try (StatefulRedisConnection<String, String> c = redis.connect()) {
            List<String> keys = c.sync().keys(prefix + "*");
            assertThat(keys).isNotEmpty().allSatisfy(k -> tickets.forEach(t -> assertThat(k).doesNotContain(t)));
        }
    }

    @Test
    void wrongSecretsAreCountedAcrossNodesPerClientAndEachNodeThenLocksOut() throws Exception {
        String ticket = fx.ticket("crm", CRM, alice);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String ip = "192.0.2." + (10 + i); // a different IP each time: only the per-client limit applies
            statuses.add(i % 2 == 0 ? fx.post("/redeem", Map.of("client_id", "crm", "client_secret", "wrong" + i,
                    "ticket", ticket), ip).status() : remote("crm", "wrong" + i, ip, ticket));
        }
        // failures 1-3 within the limit; 4 (other JVM) and 5 (here) exceed it and lock that node; 6 is refused unread
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
        assertThat(fx.post("/redeem", Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                "ticket", ticket), "192.0.2.99").status()).isEqualTo(429);
        assertThat(remote("crm", crm.clientSecret(), "192.0.2.98", ticket)).isEqualTo(429);
    }

    @Test
    void wrongSecretsAreCountedAcrossNodesPerIpWhateverTheClientId() throws Exception {
        String ticket = fx.ticket("crm", CRM, alice);
        String ip = "192.0.2.77";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String client = "guess" + i; // a different client id each time: only the per-IP limit applies
            statuses.add(i % 2 == 0 ? fx.post("/redeem", Map.of("client_id", client, "client_secret", "x",
                    "ticket", ticket), ip).status() : remote(client, "x", ip, ticket));
        }
        // failures 1-5 within the limit; 6 (other JVM) and 7 (here) exceed it; then both nodes refuse unread
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 401, 401, 429);
        assertThat(fx.post("/redeem", Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                "ticket", ticket), ip).status()).isEqualTo(429);
        assertThat(remote("crm", crm.clientSecret(), ip, ticket)).isEqualTo(429);
        // another IP is not affected
        assertThat(fx.redeem("crm", crm.clientSecret(), ticket).status()).isEqualTo(200);
    }

    private int remote(String client, String secret, String ip, String ticket) throws InterruptedException {
        other.send("REDEEM " + client + " " + secret + " " + ip + " " + ticket);
        return Integer.parseInt(other.answer(Duration.ofSeconds(30)).split(" ")[1]);
    }

    private static void requireRedis() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, PORT), 500);
        } catch (IOException e) {
            String message = "Redis is not reachable at " + HOST + ":" + PORT;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: integration tests must run)");
            }
            Assumptions.abort(message);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
