package io.wxkit.emulator.pay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.core.crypto.pay.ResourceCipher;
import io.wxkit.core.crypto.pay.V3SignedMessage;
import io.wxkit.emulator.internal.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends WeChat Pay notifications to {@code notify_url}: the resource encrypted with AEAD_AES_256_GCM under the
 * merchant's APIv3 key (12-character nonce, associated data = original type), the body signed with the
 * platform key ({@code Wechatpay-*} headers). The merchant accepts with HTTP 200 or 204 within the timeout;
 * otherwise the notification is retried on the retry schedule (WeChat's 15 s, 15 s, 30 s, 3 m, ... by default).
 * Thread-safe.
 */
final class Notifier {
    private static final String ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz";
    private final Supplier<PlatformKeys> keys;
    private final Json json;
    private final Clock clock;
    private final SecureRandom random;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final List<Duration> retries;
    private final Duration timeout;

    Notifier(Supplier<PlatformKeys> keys, Json json, Clock clock, SecureRandom random, HttpClient http,
             ScheduledExecutorService scheduler, List<Duration> retries, Duration timeout) {
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.random = random;
        this.http = http;
        this.scheduler = scheduler;
        this.retries = List.copyOf(retries);
        this.timeout = timeout;
    }

    /** Sends TRANSACTION.SUCCESS now; true when the first attempt was accepted (else retries follow). */
    boolean paymentSucceeded(Merchant m, Order o) {
        String body = envelope(m, "TRANSACTION.SUCCESS", "支付成功", "transaction",
                json.writeString(Transactions.transaction(json, o)));
        return attempt(m, o, o.notifyUrl, "TRANSACTION.SUCCESS", body, 0);
    }

    /** Sends REFUND.SUCCESS in the background (with retries). */
    void refundSucceeded(Merchant m, Order o, Refund r) {
        ObjectNode plain = json.object().put("mchid", m.mchId()).put("out_trade_no", r.outTradeNo())
                .put("transaction_id", r.transactionId()).put("out_refund_no", r.outRefundNo())
                .put("refund_id", r.refundId()).put("refund_status", "SUCCESS")
                .put("success_time", Transactions.time(r.successTime())).put("user_received_account", "支付用户零钱");
        plain.putObject("amount").put("total", r.total()).put("refund", r.refund()).put("payer_total", r.total())
                .put("payer_refund", r.refund());
        String body = envelope(m, "REFUND.SUCCESS", "退款成功", "refund", json.writeString(plain));
        String url = r.notifyUrl() != null ? r.notifyUrl() : o.notifyUrl;
        scheduler.execute(() -> attempt(m, o, url, "REFUND.SUCCESS", body, 0));
    }

    private String envelope(Merchant m, String event, String summary, String type, String plaintext) {
        String nonce = alphanumeric(12);
        String ciphertext = ResourceCipher.aes256Gcm(m.apiV3Key()).encrypt(type, nonce, plaintext);
        ObjectNode n = json.object().put("id", "EV-" + alphanumeric(20).toUpperCase(Locale.ROOT))
                .put("create_time", Transactions.time(clock.instant())).put("resource_type", "encrypt-resource")
                .put("event_type", event).put("summary", summary);
        n.putObject("resource").put("original_type", type).put("algorithm", "AEAD_AES_256_GCM")
                .put("ciphertext", ciphertext).put("associated_data", type).put("nonce", nonce);
        return json.writeString(n);
    }

    private boolean attempt(Merchant m, Order o, String url, String event, String body, int tried) {
        boolean accepted;
        String outcome;
        try {
            HttpResponse<String> resp = http.send(signed(m, url, body), HttpResponse.BodyHandlers.ofString());
            accepted = resp.statusCode() == 200 || resp.statusCode() == 204;
            outcome = "HTTP " + resp.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            accepted = false;
            outcome = e instanceof java.net.http.HttpTimeoutException ? "timeout" : "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        o.attempt(new Order.NotifyAttempt(clock.instant(), event, outcome, accepted));
        if (!accepted && tried < retries.size()) {
            scheduler.schedule(() -> attempt(m, o, url, event, body, tried + 1), retries.get(tried).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return accepted;
    }

    private HttpRequest signed(Merchant m, String url, String body) {
        PlatformKeys k = keys.get();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = alphanumeric(32).toUpperCase(Locale.ROOT);
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Wechatpay-Timestamp", timestamp).header("Wechatpay-Nonce", nonce)
                .header("Wechatpay-Signature", k.sign(V3SignedMessage.message(timestamp, nonce, body)))
                .header("Wechatpay-Serial", PayGate.serial(m, k))
                .header("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String alphanumeric(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHANUM.charAt(random.nextInt(ALPHANUM.length())));
        }
        return sb.toString();
    }
}
