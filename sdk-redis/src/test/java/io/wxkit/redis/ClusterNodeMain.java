package io.wxkit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.message.Event;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.MessageCodec;
import io.wxkit.core.message.UserMessage;
import io.wxkit.core.token.AccessTokenManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

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
 *   <li>{@code DELIVER <xml file>} – every thread receives that callback message and handles it only
 *       if the dedup store sees its key first; answers {@code HANDLED <count>};</li>
 *   <li>{@code TAKE <ticket>} – every thread redeems the ticket; answers {@code TAKEN <count> <payload>};</li>
 *   <li>{@code EXIT}.</li>
 * </ul>
 * A failure answers {@code ERROR <exception>}.
 */
public final class ClusterNodeMain {
    static final String APP_ID = "wxCLUSTERTEST";
    static final Duration DEDUP_TTL = Duration.ofMinutes(1);

    private final RedisStores stores;
    private final int threads;
    private final AccessTokenManager tokens;
    private final MessageCodec codec = MessageCodec.create();

    private ClusterNodeMain(RedisStores stores, int threads, AccessTokenManager tokens) {
        this.stores = stores;
        this.threads = threads;
        this.tokens = tokens;
    }

    public static void main(String[] args) throws Exception {
        RedisClient client = RedisClient.create(RedisURI.Builder.redis(args[0], Integer.parseInt(args[1])).build());
        // NONE: a Redis hiccup must show up as an error here, never as a silent second fetch
        try (RedisStores stores = RedisStores.builder(client).keyPrefix(args[2]).commandTimeout(Duration.ofSeconds(5))
                .tokenFallback(RedisFallback.NONE).dedupFallback(RedisFallback.NONE).build()) {
            int threads = Integer.parseInt(args[3]);
            AccessTokenManager tokens = args.length > 5 ? tokens(stores, args[4], Long.parseLong(args[5])) : null;
            stores.tokenStore().get("warm-up"); // connect before the race starts
            new ClusterNodeMain(stores, threads, tokens).serve();
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

    /** What the callback does with a delivery: handle it only if no node saw its dedup key before. */
    private long deliver(String xml) throws Exception {
        Callable<Boolean> delivery = () -> {
            String key = dedupKey(codec.decode(xml));
            if (!stores.dedupStore().firstSeen(key, DEDUP_TTL)) {
                return false;
            }
            stores.dedupStore().saveReply(key, "success", DEDUP_TTL); // "handled"
            return true;
        };
        return Race.run(threads, delivery).stream().filter(handled -> handled).count();
    }

    /**
     * The dedup key DESIGN §3 prescribes: {@code MsgId} for user messages, otherwise
     * FromUserName + CreateTime + Event (+ EventKey), scoped to the receiving account.
     */
    static String dedupKey(InboundMessage m) {
        if (m instanceof UserMessage u && u.msgId() != 0) {
            return m.toUser() + ":msg:" + u.msgId();
        }
        String key = m.toUser() + ":event:" + m.fromUser() + ":" + m.createTime().getEpochSecond();
        if (m instanceof Event e) {
            key += ":" + e.event() + (e.eventKey() == null ? "" : ":" + e.eventKey());
        }
        return key;
    }

    private String take(String ticket) throws Exception {
        List<Optional<String>> taken = Race.run(threads, () -> stores.ticketStore().take(ticket));
        List<String> payloads = taken.stream().flatMap(Optional::stream).toList();
        return "TAKEN " + payloads.size() + " " + String.join(",", payloads);
    }
}
