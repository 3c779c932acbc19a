package io.wxkit.sso;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.wxkit.mp.WxMp;
import io.wxkit.redis.RedisStores;
import io.wxkit.sso.broker.BrokerRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A second broker node in its own JVM, run by {@link SsoRedisIT}: it shares only PostgreSQL and Redis (tickets
 * and failure counters) with the test's node.
 *
 * <p>Arguments: {@code <jdbc url> <db user> <redis host> <redis port> <key prefix> <master key hex>
 * <emulator url> <threads>}. Prints {@code READY}, then per stdin line:
 * <ul>
 *   <li>{@code ARM <client> <secret> <ticket>} — every thread gets ready to redeem the ticket; {@code ARMED};</li>
 *   <li>{@code GO} — they redeem at once; {@code REDEEMED <successes> <refusals>};</li>
 *   <li>{@code REDEEM <client> <secret> <ip> <ticket>} — one redemption; {@code STATUS <http status>};</li>
 *   <li>{@code EXIT}.</li>
 * </ul>
 * A failure answers {@code ERROR <exception>}.
 */
public final class SsoNodeMain {
    private final SsoBroker sso;
    private final int threads;
    private CountDownLatch go;
    private List<Future<Integer>> armed = List.of();
    private ExecutorService pool;

    private SsoNodeMain(SsoBroker sso, int threads) {
        this.sso = sso;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(args[0]);
        hc.setUsername(args[1]);
        hc.setMaximumPoolSize(8);
        RedisClient redis = RedisClient.create(RedisURI.Builder.redis(args[2], Integer.parseInt(args[3]))
                .withTimeout(Duration.ofSeconds(5)).build());
        try (HikariDataSource ds = new HikariDataSource(hc);
             RedisStores stores = RedisStores.builder(redis).keyPrefix(args[4]).build();
             WxMp mp = WxMp.builder().appId(SsoFixture.APP_ID).secret(SsoFixture.APP_SECRET).baseUrl(args[6]).build()) {
            SsoBroker sso = SsoBroker.builder().dataSource(ds).mp(mp).publicBaseUrl(SsoFixture.BASE)
                    .masterKey(HexFormat.of().parseHex(args[5])).secretHasher(SsoFixture.FAST)
                    .ticketStore(stores.ticketStore()).rateLimiter(stores.rateLimiter())
                    .failureLimits(SsoRedisIT.PER_CLIENT, SsoRedisIT.PER_IP, Duration.ofMinutes(1)).build();
            new SsoNodeMain(sso, Integer.parseInt(args[7])).serve();
        } finally {
            redis.shutdown();
        }
    }

    private void serve() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("READY");
        for (String line = in.readLine(); line != null && !line.equals("EXIT"); line = in.readLine()) {
            try {
                System.out.println(obey(line.split(" ")));
            } catch (Exception e) {
                System.out.println("ERROR " + e);
            }
        }
    }

    private String obey(String[] c) throws Exception {
        return switch (c[0]) {
            case "ARM" -> arm(c[1], c[2], c[3]);
            case "GO" -> go();
            case "REDEEM" -> "STATUS " + redeem(c[1], c[2], c[3], c[4]);
            default -> throw new IllegalArgumentException("unknown command " + c[0]);
        };
    }

    private String arm(String client, String secret, String ticket) throws InterruptedException {
        pool = Executors.newFixedThreadPool(threads);
        go = new CountDownLatch(1);
        CountDownLatch ready = new CountDownLatch(threads);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return redeem(client, secret, "198.51.100.2", ticket);
            }));
        }
        ready.await();
        armed = futures;
        return "ARMED";
    }

    private String go() throws Exception {
        go.countDown();
        int ok = 0;
        int refused = 0;
        for (Future<Integer> f : armed) {
            if (f.get() == 200) {
                ok++;
            } else {
                refused++;
            }
        }
        pool.shutdown();
        return "REDEEMED " + ok + " " + refused;
    }

    private int redeem(String client, String secret, String ip, String ticket) {
        return sso.http().handle(BrokerRequest.of("POST", "/redeem", Map.of(),
                Map.of("Content-Type", "application/x-www-form-urlencoded"), Map.of(),
                SsoFixture.form(Map.of("client_id", client, "client_secret", secret, "ticket", ticket)), ip)).status();
    }
}
