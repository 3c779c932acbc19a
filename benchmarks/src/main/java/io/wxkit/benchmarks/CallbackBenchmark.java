package io.wxkit.benchmarks;

import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.crypto.MessageCrypt;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackMode;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.callback.CallbackResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The callback hot path (DESIGN §3 performance budget): {@link CallbackHandler#handle} for a text
 * message that a rule answers with a text reply, in plain mode (verify {@code signature}, decode,
 * dedup, route, encode) and safe mode (verify {@code msg_signature}, decrypt, decode, dedup, route,
 * encode, encrypt, sign).
 *
 * <p>Every invocation is a distinct message (its own MsgId), so dedup records a new key each time,
 * as in production. The requests are signed and encrypted up front (that is WeChat's work, not
 * ours); when the pool of {@link #POOL} messages wraps, a fresh handler (with an empty dedup store)
 * takes over so that no message is ever a duplicate: that rebuild is amortised over the pool (well
 * under 1 byte and 1 ns per operation).
 *
 * <p>Run: see docs/performance.md ({@code java -jar benchmarks/target/benchmarks.jar Callback -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallbackBenchmark {
    static final int POOL = 16_384;
    static final String APP_ID = "wxb11529c136998cb6";
    static final String TOKEN = "pamtest";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final long NOW = 1_700_000_000L;

    /** {@code plain} or {@code safe} ({@code encrypt_type=aes}). */
    @Param({"plain", "safe"})
    public String mode;

    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private CallbackRequest[] requests;
    private String[] encrypts;
    private MessageCrypt crypt;
    private CallbackHandler handler;
    private int next;
    private int nextBaseline;

    @Setup
    public void prepare() {
        MessageCrypt wechat = MessageCrypt.create(TOKEN, AES_KEY, APP_ID);
        crypt = MessageCrypt.create(TOKEN, AES_KEY, APP_ID);
        requests = new CallbackRequest[POOL];
        encrypts = new String[POOL];
        String ts = Long.toString(NOW);
        for (int i = 0; i < POOL; i++) {
            String xml = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName>"
                    + "<FromUserName><![CDATA[oUser_abcdefghijklmnopqrstu]]></FromUserName>"
                    + "<CreateTime>" + NOW + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                    + "<Content><![CDATA[order 42]]></Content><MsgId>" + (23_456_789_012_345_678L + i)
                    + "</MsgId></xml>";
            String nonce = Integer.toString(1_000_000_000 + i);
            Map<String, String> q = new HashMap<>();
            q.put("signature", CallbackSignature.sign(TOKEN, ts, nonce));
            q.put("timestamp", ts);
            q.put("nonce", nonce);
            q.put("openid", "oUser_abcdefghijklmnopqrstu");
            if (mode.equals("safe")) {
                String encrypt = wechat.encrypt(xml);
                encrypts[i] = encrypt;
                q.put("encrypt_type", "aes");
                q.put("msg_signature", wechat.signature(ts, nonce, encrypt));
                xml = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><Encrypt><![CDATA["
                        + encrypt + "]]></Encrypt></xml>";
            }
            requests[i] = CallbackRequest.of("POST", q, xml);
        }
        handler = newHandler();
    }

    private CallbackHandler newHandler() {
        return CallbackHandler.builder(APP_ID, TOKEN, AES_KEY).clock(clock)
                .mode(mode.equals("safe") ? CallbackMode.SAFE : CallbackMode.PLAIN)
                .on(Text.class, m -> m.content().startsWith("order"), m -> Reply.text(m, "Your order ships today"))
                .build();
    }

    @Benchmark
    public CallbackResponse handle() {
        if (next == POOL) {
            next = 0;
            handler = newHandler();
        }
        CallbackResponse r = handler.handle(requests[next++]);
        if (r.body().length() < 100) {
            throw new IllegalStateException("not a routed reply: " + r.status() + " " + r.body());
        }
        return r;
    }

    /**
     * The protocol's own work for the same requests, as a floor: plain mode verifies {@code signature};
     * safe mode verifies {@code msg_signature}, decrypts, and encrypts and signs a reply of the same size.
     * {@code handle} minus this is what wxkit adds (decode, dedup, routing, encoding).
     */
    @Benchmark
    public String protocolOnly() {
        CallbackRequest r = requests[nextBaseline];
        nextBaseline = (nextBaseline + 1) % POOL;
        String ts = r.param("timestamp");
        String nonce = r.param("nonce");
        if (mode.equals("plain")) {
            return CallbackSignature.verify(TOKEN, ts, nonce, r.param("signature")) ? ts : null;
        }
        String xml = crypt.decrypt(r.param("msg_signature"), ts, nonce, encrypts[nextBaseline == 0 ? POOL - 1 : nextBaseline - 1]);
        return crypt.encryptReply(xml, ts, nonce);
    }
}
