package io.wxkit.benchmarks.sidebyside;

import io.wxkit.benchmarks.shared.Answers;
import io.wxkit.benchmarks.shared.Inputs;
import io.wxkit.benchmarks.shared.WechatSide;
import io.wxkit.core.internal.crypto.pay.V2SignType;
import io.wxkit.core.internal.crypto.pay.V2Signature;
import io.wxkit.core.json.Json;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.Credential;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackMode;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.template.TemplateMessage;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.PaymentNotification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * wxkit's side of the side-by-side run (issue 14/23): the same method names, inputs
 * ({@link Inputs}, {@link WechatSide}) and answer checks ({@link Answers}) as
 * {@code benchmarks/incumbents}' WxJava and wechatpay-java classes and {@link JdkFloorSideBySide}.
 * {@code benchmarks/run-side-by-side.sh} runs them interleaved and prints the ratio table.
 *
 * <p>Every benchmark returns a value checked in {@link #checkEveryAnswer()} before any timing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WxkitSideBySide {
    private final Clock callbackClock = Clock.fixed(Instant.ofEpochSecond(Inputs.CALLBACK_TIME), ZoneOffset.UTC);
    private CallbackRequest[] plain;
    private CallbackRequest[] safe;
    private CallbackHandler plainHandler;
    private CallbackHandler safeHandler;
    private int nextPlain;
    private int nextSafe;
    private WechatSide.Notification[] notifications;
    private int nextNotification;
    private WxPay pay;
    private Map<String, String> redPacket;
    private Json json;
    private TemplateMessage template;

    @Setup
    public void prepare() {
        plain = requests(WechatSide.callbacks(false));
        safe = requests(WechatSide.callbacks(true));
        plainHandler = newHandler(CallbackMode.PLAIN);
        safeHandler = newHandler(CallbackMode.SAFE);
        notifications = WechatSide.paymentNotifications(Instant.now().getEpochSecond());
        pay = WxPay.builder().mchId(Inputs.MCH_ID).appId(Inputs.PAY_APP_ID)
                .merchantKey(WechatSide.pem("TEST-ONLY-merchant-apiclient_key.pem"), Inputs.MERCHANT_SERIAL)
                .apiV3Key(Inputs.API_V3_KEY)
                .platformPublicKey(Inputs.PUBLIC_KEY_ID, WechatSide.pem("TEST-ONLY-platform_pub.pem"))
                .build();
        redPacket = Inputs.redPacketFields();
        json = Json.create();
        TemplateMessage t = TemplateMessage.to(Inputs.OPENID, Inputs.TEMPLATE_ID).url(Inputs.TEMPLATE_URL);
        for (Map.Entry<String, String> e : Inputs.templateData().entrySet()) {
            t = t.data(e.getKey(), e.getValue(), Inputs.TEMPLATE_COLOR);
        }
        template = t;
        checkEveryAnswer();
    }

    /** Every answer right before timing starts (the pools then start over: nothing is a duplicate). */
    void checkEveryAnswer() {
        Answers.plainReply(plainCallback(), null);
        Answers.safeReply(safeCallback(), null);
        PaymentNotification n = paymentNotification();
        Answers.payment(notifications[0], n.outTradeNo(), n.tradeState(), n.totalFen());
        Answers.v2Sign(v2SignMd5(), false);
        Answers.v2Sign(v2SignHmacSha256(), true);
        Answers.templateJson(new String(templateJson(), StandardCharsets.UTF_8));
        plainHandler = newHandler(CallbackMode.PLAIN);
        safeHandler = newHandler(CallbackMode.SAFE);
        nextPlain = 0;
        nextSafe = 0;
        nextNotification = 0;
    }

    private static CallbackRequest[] requests(WechatSide.Callback[] callbacks) {
        CallbackRequest[] r = new CallbackRequest[callbacks.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = CallbackRequest.of("POST", callbacks[i].query(), callbacks[i].body());
        }
        return r;
    }

    private CallbackHandler newHandler(CallbackMode mode) {
        return CallbackHandler.builder(Inputs.APP_ID, Inputs.TOKEN, Inputs.AES_KEY).mode(mode).clock(callbackClock)
                .on(Text.class, m -> m.content().startsWith("order"), m -> Reply.text(m, Inputs.REPLY))
                .build();
    }

    @TearDown
    public void close() {
        pay.close();
    }

    /** Verify {@code msg_signature} → decrypt → parse → dedup → route to a text rule → reply → encrypt and sign. */
    @Benchmark
    public String safeCallback() {
        if (nextSafe == Inputs.POOL) { // a fresh handler (empty dedup store) so no message is ever a duplicate
            nextSafe = 0;
            safeHandler = newHandler(CallbackMode.SAFE);
        }
        return safeHandler.handle(safe[nextSafe++]).body();
    }

    /** Verify {@code signature} → parse → dedup → route to a text rule → reply. */
    @Benchmark
    public String plainCallback() {
        if (nextPlain == Inputs.POOL) {
            nextPlain = 0;
            plainHandler = newHandler(CallbackMode.PLAIN);
        }
        return plainHandler.handle(plain[nextPlain++]).body();
    }

    /** Pay v3 TRANSACTION.SUCCESS: headers, SHA256withRSA verification, AES-GCM decryption, binding. */
    @Benchmark
    public PaymentNotification paymentNotification() {
        WechatSide.Notification n = notifications[nextNotification];
        nextNotification = (nextNotification + 1) % notifications.length;
        return pay.notifications().parsePayment(n.headers(), n.body());
    }

    @Benchmark
    public String v2SignMd5() {
        return V2Signature.sign(redPacket, Inputs.API_V2_KEY, V2SignType.MD5);
    }

    @Benchmark
    public String v2SignHmacSha256() {
        return V2Signature.sign(redPacket, Inputs.API_V2_KEY, V2SignType.HMAC_SHA256);
    }

    /** The body {@code cgi-bin/message/template/send} sends: the bytes, as the pipeline writes them. */
    @Benchmark
    public byte[] templateJson() {
        return json.writeBytes(template);
    }

    /** One cached access token shared by all threads. */
    @State(Scope.Benchmark)
    public static class Tokens {
        AccessTokenManager tokens;

        @Setup
        public void cacheOneToken() {
            CaffeineTokenStore store = CaffeineTokenStore.create();
            store.put(AccessTokenManager.storeKey(Inputs.APP_ID),
                    new Credential(Inputs.ACCESS_TOKEN, Instant.now().plusSeconds(7200)));
            tokens = AccessTokenManager.builder().appId(Inputs.APP_ID)
                    .external(() -> {
                        throw new IllegalStateException("the benchmark must never fetch");
                    })
                    .tokenStore(store).build();
            Answers.token(tokens.token());
        }
    }

    @Benchmark
    @Threads(1)
    public String token1Thread(Tokens t) {
        return t.tokens.token();
    }

    @Benchmark
    @Threads(8)
    public String token8Threads(Tokens t) {
        return t.tokens.token();
    }

    @Benchmark
    @Threads(32)
    public String token32Threads(Tokens t) {
        return t.tokens.token();
    }
}
