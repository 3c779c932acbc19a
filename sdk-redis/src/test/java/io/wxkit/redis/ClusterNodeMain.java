package io.wxkit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.message.Event;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.callback.CallbackResponse;
import io.wxkit.core.token.AccessTokenManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node of a wxkit cluster, run as a separate JVM by {@link ClusterIT}: it shares nothing with
 * the other nodes but Redis (and, for tokens, the MockWebServer playing WeChat).
 *
 * <p>Arguments: {@code <redis host> <redis port> <key prefix> <threads> [<WeChat base url> <lock ttl ms>]}.
 * It prints {@code READY} once connected, then obeys one command per stdin line, each run by all
 * threads at once, answering one line:
 * <ul>
 *   <li>{@code TOKEN} – every thread calls {@code AccessTokenManager.token()} 5 times;
 *       answers {@code TOKENS <distinct values, comma-separated>};</li>
 *   <li>{@code DELIVER <xml file>} – every thread posts that callback message to this node's
 *       {@code CallbackHandler} (dedup on the Redis store); answers {@code HANDLED <rules run>};</li>
 *   <li>{@code TAKE <ticket>} – every thread redeems the ticket; answers {@code TAKEN <count> <payload>};</li>
 *   <li>{@code STORM <millis>} – every thread calls {@code mp.users().get(..)} on a {@code WxMp} sharing
 *       the Redis token store for that long; answers {@code STORMED <calls> <failures> <longest call ms>};</li>
 *   <li>{@code EXIT}.</li>
 * </ul>
 * A failure answers {@code ERROR <exception>}.
 */
public final class ClusterNodeMain {
    static final String APP_ID = "wxCLUSTERTEST";
    static final String CALLBACK_TOKEN = "wxkitclustertoken";

    private final RedisStores stores;
    private final int threads;
    private final AccessTokenManager tokens;
    private final String wechatUrl;

    private ClusterNodeMain(RedisStores stores, int threads, AccessTokenManager tokens, String wechatUrl) {
        this.stores = stores;
        this.threads = threads;
        this.tokens = tokens;
        this.wechatUrl = wechatUrl;
    }

    public static void main(String[] args) throws Exception {
        RedisClient client = RedisClient.create(RedisURI.Builder.redis(args[0], Integer.parseInt(args[1])).build());
        // NONE: a Redis hiccup must show up as an error here, never as a silent second fetch
        try (RedisStores stores = RedisStores.builder(client).keyPrefix(args[2]).commandTimeout(Duration.ofSeconds(5))
                .tokenFallback(RedisFallback.NONE).dedupFallback(RedisFallback.NONE).build()) {
            int threads = Integer.parseInt(args[3]);
            AccessTokenManager tokens = args.length > 5 ? tokens(stores, args[4], Long.parseLong(args[5])) : null;
            stores.tokenStore().get("warm-up"); // connect before the race starts
            new ClusterNodeMain(stores, threads, tokens, args.length > 5 ? args[4] : null).serve();
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    private static AccessTokenManager tokens(RedisStores stores, String baseUrl, long lockTtlMillis) {
        ApiClient api = ApiClient.builder().baseUrl(baseUrl).readTimeout(Duration.ofSeconds(30)).build();
        return AccessTokenManager.builder().appId(APP_ID).secret("0123456789abcdef0123456789abcdef")
                .apiClient(api).tokenStore(stores.tokenStore())
                .refreshAhead(Duration.ZERO) // every round starts with an expired token: all callers block
                .lockTtl(Duration.ofMillis(lockTtlMillis)).waitTimeout(Duration.ofSeconds(20))
                .build();
    }

    private void serve() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("READY");
        String line;
        while ((line = in.readLine()) != null && !line.equals("EXIT")) {
            String[] command = line.split(" ", 2);
            try {
                System.out.println(switch (command[0]) {
                    case "TOKEN" -> "TOKENS " + String.join(",", tokenRound());
                    case "DELIVER" -> "HANDLED " + deliver(Files.readString(Path.of(command[1])));
                    case "TAKE" -> take(command[1]);
                    case "STORM" -> storm(Long.parseLong(command[1]));
                    default -> "ERROR unknown command " + command[0];
                });
            } catch (Exception e) {
                System.out.println("ERROR " + e);
            }
        }
    }

    private Set<String> tokenRound() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (List<String> values : Race.run(threads, () -> {
            String[] got = new String[5];
            for (int i = 0; i < got.length; i++) {
                got[i] = tokens.token();
            }
            return List.of(got);
        })) {
            seen.addAll(values);
        }
        return seen;
    }

    /**
     * Every thread delivers {@code xml} to this node's {@link CallbackHandler} (plain mode, correctly
     * signed, as WeChat would); returns how many times an application rule ran.
     */
    private long deliver(String xml) throws Exception {
        AtomicInteger handled = new AtomicInteger();
        CallbackHandler callback = CallbackHandler.builder(APP_ID, CALLBACK_TOKEN, null)
                .dedupStore(stores.dedupStore())
                .on(Text.class, m -> {
                    handled.incrementAndGet();
                    return Reply.text(m, "handled once");
                })
                .on(Event.class, e -> {
                    handled.incrementAndGet();
                    return null;
                })
                .build();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = Long.toString(System.nanoTime());
        Map<String, String> query = Map.of("timestamp", timestamp, "nonce", nonce,
                "signature", CallbackSignature.sign(CALLBACK_TOKEN, timestamp, nonce));
        for (CallbackResponse r : Race.run(threads, () -> callback.handle(CallbackRequest.of("POST", query, xml)))) {
            if (r.status() != 200) {
                throw new IllegalStateException("callback answered " + r);
            }
        }
        return handled.get();
    }

    private String storm(long millis) throws Exception {
        try (WxMp mp = WxMp.builder().appId(APP_ID).secret("0123456789abcdef0123456789abcdef")
                .tokenStore(stores.tokenStore()).baseUrl(wechatUrl).build()) {
            return StormCallers.run(mp, threads, millis).answer();
        }
    }

    private String take(String ticket) throws Exception {
        List<Optional<String>> taken = Race.run(threads, () -> stores.ticketStore().take(ticket));
        List<String> payloads = taken.stream().flatMap(Optional::stream).toList();
        return "TAKEN " + payloads.size() + " " + String.join(",", payloads);
    }
}
