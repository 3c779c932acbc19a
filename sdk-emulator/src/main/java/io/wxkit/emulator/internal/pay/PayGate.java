package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.core.internal.crypto.pay.PayCryptoException;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.core.internal.crypto.pay.V3Authorization;
import io.wxkit.core.internal.crypto.pay.V3SignedMessage;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.MalformedBodyException;
import io.wxkit.emulator.internal.http.Request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The APIv3 front door: verifies the merchant's {@code Authorization} (scheme, registered mchid, certificate
 * serial, timestamp within 5 minutes, SHA256withRSA over {@code METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n}) and
 * signs every answer, errors included, with the platform key ({@code Wechatpay-Timestamp/Nonce/Signature/
 * Serial}, {@code Request-ID}). Thread-safe.
 */
final class PayGate {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PayGate.class);
    static final Duration WINDOW = Duration.ofMinutes(5);
    private final PayState state;
    private final Supplier<PlatformKeys> keys;
    private final Json json;
    private final Clock clock;
    private final SecureRandom random;

    /** A handler that runs after the caller is authenticated. */
    @FunctionalInterface
    interface Authenticated {
        Answer handle(Merchant merchant, Request request);
    }

    PayGate(PayState state, Supplier<PlatformKeys> keys, Json json, Clock clock, SecureRandom random) {
        this.state = state;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.random = random;
    }

    /** Wraps a handler: authentication first, every answer signed, errors as {@code {"code","message"}}. */
    io.wxkit.emulator.internal.http.Handler guard(Authenticated handler) {
        return guard(handler, true);
    }

    /**
     * As {@link #guard(Authenticated)}, but a successful answer goes out unsigned: bill files, whose integrity the
     * {@code hash_value} of the apply call vouches for, carry no signature headers.
     */
    io.wxkit.emulator.internal.http.Handler guardUnsigned(Authenticated handler) {
        return guard(handler, false);
    }

    private io.wxkit.emulator.internal.http.Handler guard(Authenticated handler, boolean signed) {
        return r -> {
            Merchant m = null;
            try {
                m = authenticate(r);
                Answer a = handler.handle(m, r);
                return signed ? sign(m, a) : a;
            } catch (PayError e) {
                return error(m, e);
            } catch (MalformedBodyException e) {
                return error(m, PayError.param("请求体不是合法的JSON: " + e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("emulator pay handler failed on {} {}", r.method(), r.path(), e);
                return error(m, new PayError(500, "SYSTEM_ERROR", "系统错误"));
            }
        };
    }

    private Merchant authenticate(Request r) {
        V3Authorization auth;
        try {
            auth = V3Authorization.parse(r.header("Authorization"));
        } catch (PayCryptoException e) {
            throw new PayError(401, "SIGN_ERROR", "Authorization 头缺失或格式错误");
        }
        if (!auth.scheme().equals("WECHATPAY2-SHA256-RSA2048")) {
            throw new PayError(401, "SIGN_ERROR", "不支持的签名算法 " + auth.scheme());
        }
        Merchant m = state.merchant(auth.mchId());
        if (m == null) {
            throw new PayError(400, "MCH_NOT_EXISTS", "商户号不存在");
        }
        if (!m.serialNo().equalsIgnoreCase(auth.serialNo())) {
            throw new PayError(401, "SIGN_ERROR", "商户证书序列号有误");
        }
        long ts;
        try {
            ts = Long.parseLong(auth.timestamp());
        } catch (NumberFormatException e) {
            throw new PayError(401, "SIGN_ERROR", "timestamp 不是数字");
        }
        if (!withinWindow(clock.instant().getEpochSecond(), ts)) {
            throw new PayError(401, "SIGN_ERROR", "请求时间戳与当前时间相差超过5分钟");
        }
        String message = V3Authorization.message(r.method(), r.pathAndQuery(), auth.timestamp(), auth.nonce(),
                r.bodyString());
        if (!PayVerifier.rsa(m.merchantKey()).verify(message.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                auth.signature())) {
            throw new PayError(401, "SIGN_ERROR", "签名错误");
        }
        return m;
    }

    /**
     * True when {@code ts} is at most {@link #WINDOW} away from {@code now}. Compared as bounds, never as
     * {@code Math.abs(now - ts)}: a timestamp near {@code Long.MIN_VALUE} overflows that difference into a small
     * or negative number and would pass.
     */
    static boolean withinWindow(long now, long ts) {
        long w = WINDOW.toSeconds();
        return ts >= now - w && ts <= now + w; // an Instant's epoch second is within ±2^55: now ± w cannot overflow
    }

    Answer error(Merchant m, PayError e) {
        Answer a = Answer.json(e.status(), json.object().put("code", e.code()).put("message", e.getMessage()));
        return sign(m, a);
    }

    /** Serialises the answer and adds the platform signature headers. */
    Answer sign(Merchant m, Answer a) {
        PlatformKeys k = keys.get();
        byte[] body = a.json() != null ? json.write(a.json()) : a.body();
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = nonce();
        String signature = k.sign(V3SignedMessage.message(timestamp, nonce, text));
        byte[] rid = new byte[16];
        random.nextBytes(rid);
        // WeChat labels every APIv3 answer application/json, a 204 without a body included (clients such as
        // WxJava read the type off every answer)
        return a.withBody(body).withContentType(Answer.PAY_JSON)
                .withHeader("Wechatpay-Timestamp", timestamp).withHeader("Wechatpay-Nonce", nonce)
                .withHeader("Wechatpay-Signature", signature)
                .withHeader("Wechatpay-Serial", serial(m, k))
                .withHeader("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048")
                .withHeader("Request-ID", HexFormat.of().formatHex(rid).toUpperCase(Locale.ROOT));
    }

    static String serial(Merchant m, PlatformKeys k) {
        return m == null || m.publicKeyMode() ? k.publicKeyId() : k.certificateSerial();
    }

    String nonce() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b).toUpperCase(Locale.ROOT);
    }
}
