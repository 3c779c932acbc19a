package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 11: a genuine request replayed inside the timestamp window after its dedup entry could have
 * expired, dedup keys that forged fields cannot inflate, chat messages told apart by sender, and
 * refusals before authentication that stay out of the WARN log.
 */
class CallbackReplayAndDedupKeyTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);
    private final ClockedStore store = new ClockedStore(clock);
    private final List<String> routed = new CopyOnWriteArrayList<>();

    private CallbackBuilder builder(String aesKey) {
        return CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, aesKey).clock(clock).dedupStore(store)
                .rule(Rule.on(Text.class).reply(m -> {
                    routed.add(m.fromUser() + ":" + m.content());
                    return Reply.text(m, "ok");
                }));
    }

    private static String text(String to, String from, long msgId, String content) {
        return "<xml><ToUserName><![CDATA[" + to + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    @Test
    void aCapturedSafeModeRequestReplayedAfterAMinuteButInsideTheWindowIsNotProcessedAgain() {
        CallbackHandler handler = builder(WeChat.AES_KEY).build();
        CallbackRequest captured = wechat.safe(text("gh_123456789abc", "oUserA", 1, "pay order 7"));

        assertThat(handler.handle(captured).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(200)); // the old 60 s TTL had expired; the 300 s window has not
        CallbackResponse replay = handler.handle(captured);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(routed).containsExactly("oUserA:pay order 7");
    }

    @Test
    void theDefaultDedupTtlCoversTheWindowWithAMarginAndAShorterOneIsRefused() {
        assertThat(builder(WeChat.AES_KEY).resolvedDedupTtl()).isGreaterThan(Duration.ofSeconds(300));
        assertThat(builder(WeChat.AES_KEY).timestampWindow(Duration.ofSeconds(600)).resolvedDedupTtl())
                .isGreaterThan(Duration.ofSeconds(600));

        assertThatThrownBy(() -> builder(WeChat.AES_KEY).dedupTtl(Duration.ofSeconds(60)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PT1M").hasMessageContaining("PT5M");
    }

    @Test
    void theSameMsgIdFromTwoUsersIsTwoMessages() {
        CallbackHandler handler = builder(null).build();

        handler.handle(wechat.plain(text("gh_123456789abc", "oUserA", 42, "from a")));
        handler.handle(wechat.plain(text("gh_123456789abc", "oUserB", 42, "from b")));
        handler.handle(wechat.plain(text("gh_123456789abc", "oUserA", 42, "from a")));

        assertThat(routed).containsExactly("oUserA:from a", "oUserB:from b");
    }

    @Test
    void dedupKeysHaveOneLengthWhateverTheSenderPutInTheFields() {
        CallbackHandler handler = builder(null).build();

        handler.handle(wechat.plain(text("gh_1", "o", 1, "short")));
        handler.handle(wechat.plain(text("g".repeat(64), "o".repeat(64), Long.MAX_VALUE, "long")));

        assertThat(store.keys).hasSize(2);
        assertThat(store.keys.get(0)).hasSameSizeAs(store.keys.get(1));
        assertThat(store.keys.get(1)).hasSizeLessThan(64).doesNotContain("ooo");
    }

    @Test
    void namesLongerThanWeChatSendsAreRefusedBeforeAnythingIsStoredOrRouted() {
        CallbackHandler handler = builder(null).build();

        CallbackResponse tooLongTo = handler.handle(wechat.plain(text("g".repeat(65), "oUserA", 1, "x")));
        CallbackResponse tooLongFrom = handler.handle(wechat.plain(text("gh_1", "o".repeat(10_000), 2, "x")));

        assertThat(tooLongTo.status()).isEqualTo(400);
        assertThat(tooLongFrom.status()).isEqualTo(400);
        assertThat(store.keys).isEmpty();
        assertThat(routed).isEmpty();
    }

    @Test
    void aUserKeyFunctionDecidesWhatIsADuplicate() {
        CallbackHandler handler = builder(null)
                .dedupKey(m -> m instanceof Text t ? t.content() : null).build();

        handler.handle(wechat.plain(text("gh_1", "oUserA", 1, "same words")));
        handler.handle(wechat.plain(text("gh_1", "oUserB", 2, "same words")));
        handler.handle(wechat.plain(text("gh_1", "oUserB", 3, "other words")));

        assertThat(routed).containsExactly("oUserA:same words", "oUserB:other words");
    }

    @Test
    void refusalsDecidedBeforeTheSignatureIsCheckedNeverLogAtWarn() {
        Logger log = (Logger) LoggerFactory.getLogger(CallbackHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Level before = log.getLevel();
        log.setLevel(Level.DEBUG);
        logged.start();
        log.addAppender(logged);
        try {
            CallbackHandler handler = builder(WeChat.AES_KEY).build();
            Map<String, String> q = new HashMap<>(wechat.safe(text("gh_1", "o", 1, "x")).query());
            q.put("timestamp", "not-a-number\r\nFAKE LOG LINE");
            for (int i = 0; i < 50; i++) {
                handler.handle(CallbackRequest.of("POST", q, "<xml><Encrypt>zz</Encrypt></xml>"));
                handler.handle(CallbackRequest.of("POST", wechat.safe("x").query(), "<xml><Encrypt>"));
            }
        } finally {
            log.detachAppender(logged);
            log.setLevel(before);
        }
        assertThat(logged.list).isNotEmpty();
        assertThat(logged.list).allSatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getFormattedMessage()).doesNotContain("\r\nFAKE");
        });
        assertThat(routed).isEmpty();
    }

    /** A dedup store on the test's clock, so a TTL can be seen to run out without waiting. */
    private static final class ClockedStore implements DedupStore {
        private final Clock clock;
        private final Map<String, Instant> expiry = new ConcurrentHashMap<>();
        private final Map<String, String> replies = new ConcurrentHashMap<>();
        final List<String> keys = new CopyOnWriteArrayList<>();

        ClockedStore(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean firstSeen(String key, Duration ttl) {
            keys.add(key);
            Instant now = clock.instant();
            Instant until = expiry.get(key);
            if (until != null && now.isBefore(until)) {
                return false;
            }
            expiry.put(key, now.plus(ttl));
            replies.remove(key);
            return true;
        }

        @Override
        public void saveReply(String key, String reply, Duration ttl) {
            replies.put(key, reply);
        }

        @Override
        public Optional<String> reply(String key) {
            Instant until = expiry.get(key);
            return until != null && clock.instant().isBefore(until) ? Optional.ofNullable(replies.get(key))
                    : Optional.empty();
        }
    }
}
