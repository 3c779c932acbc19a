package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.pay.PlatformKeys;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import io.wxkit.core.internal.crypto.pay.V3SignedMessage;
import io.wxkit.emulator.internal.http.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends WeChat Pay notifications to {@code notify_url}: the resource encrypted with AEAD_AES_256_GCM under the
 * merchant's APIv3 key (12-character nonce), the body signed with the platform key ({@code Wechatpay-*} headers).
 * The merchant accepts with HTTP 200 or 204 within the timeout; otherwise the notification is retried: payments
 * and refunds on WeChat's 15 s, 15 s, 30 s, 3 m, 10 m, 20 m, 30 m ×3, 60 m, 3 h ×3, 6 h ×2; transfer bills on
 * 15 s ×10, 5 m ×10, 30 m ×44. Tests compress both with {@link #plan}. Thread-safe.
 */
final class Notifier {
    /** WeChat Pay's documented retry delays for payment and refund notifications (24 h 4 m in all). */
    static final List<Duration> PAYMENT_RETRIES = List.of(Duration.ofSeconds(15), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20),
            Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(60),
            Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(6));
    /** The transfer-bill notification's documented delays: 0 s, then 15 s ×10, 300 s ×10, 1800 s ×44. */
    static final List<Duration> TRANSFER_RETRIES = transferRetries();
    private final Supplier<PlatformKeys> keys;
    private final Json json;
    private final Clock clock;
    private final PayIds ids;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final Duration timeout;
    private final Plan initial;
    private final AtomicReference<Plan> plan;

    /** Which documented schedule a notification follows. */
    enum Kind { PAYMENT, TRANSFER }

    /**
     * The retry plan: {@code custom} delays for every kind, or WeChat's schedules divided by {@code divisor}.
     *
     * @param custom  delays used for every notification, or null for WeChat's
     * @param divisor how many times faster than WeChat's schedule (1 = real time)
     */
    record Plan(List<Duration> custom, long divisor) {
        Plan {
            custom = custom == null ? null : List.copyOf(custom);
            if (divisor < 1) {
                throw new IllegalArgumentException("divisor must be at least 1");
            }
        }

        List<Duration> delays(Kind kind) {
            if (custom != null) {
                return custom;
            }
            List<Duration> base = kind == Kind.PAYMENT ? PAYMENT_RETRIES : TRANSFER_RETRIES;
            return base.stream().map(d -> d.dividedBy(divisor)).toList();
        }
    }

    /**
     * One notification to deliver.
     *
     * @param event          {@code event_type}, e.g. TRANSACTION.SUCCESS
     * @param summary        {@code summary}, e.g. 支付成功
     * @param originalType   {@code resource.original_type}
     * @param associatedData {@code resource.associated_data}
     * @param plaintext      the resource before encryption (JSON)
     * @param log            receives every attempt
     */
    record Message(String url, Kind kind, String event, String summary, String originalType, String associatedData,
                   String plaintext, Consumer<NotifyAttempt> log) {
    }

    Notifier(Supplier<PlatformKeys> keys, Json json, Clock clock, PayIds ids, HttpClient http,
             ScheduledExecutorService scheduler, List<Duration> retries, Duration timeout) {
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.ids = ids;
        this.http = http;
        this.scheduler = scheduler;
        this.timeout = timeout;
        this.initial = initial(retries);
        this.plan = new AtomicReference<>(initial);
    }

    private static Plan initial(List<Duration> retries) {
        return retries.equals(PAYMENT_RETRIES) ? new Plan(null, 1) : new Plan(retries, 1);
    }

    /** The current plan. */
    Plan plan() {
        return plan.get();
    }

    /** Back to the plan the emulator was built with. */
    void reset() {
        plan.set(initial);
    }

    /** Replaces the plan (control option). */
    void plan(Plan value) {
        plan.set(value);
    }

    /** Sends now and waits for the first attempt; true when it was accepted (else retries follow). */
    boolean sendNow(Merchant m, Message msg) {
        return attempt(m, msg, envelope(m, msg), 0, plan.get().delays(msg.kind()));
    }

    /** Sends in the background (with retries). */
    void sendLater(Merchant m, Message msg) {
        String body = envelope(m, msg);
        List<Duration> delays = plan.get().delays(msg.kind());
        scheduler.execute(() -> attempt(m, msg, body, 0, delays));
    }

    /** Sends TRANSACTION.SUCCESS now; true when the first attempt was accepted (else retries follow). */
    boolean paymentSucceeded(Merchant m, Order o) {
        return sendNow(m, new Message(o.notifyUrl, Kind.PAYMENT, "TRANSACTION.SUCCESS", "支付成功", "transaction",
                "transaction", json.writeString(Transactions.transaction(json, o)), o::attempt));
    }

    /** Sends REFUND.SUCCESS, REFUND.ABNORMAL or REFUND.CLOSED for the refund's current status, in the background. */
    void refundFinished(Merchant m, Order o, Refund r) {
        String status = r.status();
        ObjectNode plain = json.object().put("mchid", m.mchId()).put("out_trade_no", r.outTradeNo)
                .put("transaction_id", r.transactionId).put("out_refund_no", r.outRefundNo)
                .put("refund_id", r.refundId).put("refund_status", status);
        if (r.successTime() != null) {
            plain.put("success_time", Transactions.time(r.successTime()));
        }
        plain.put("user_received_account", r.receivedAccount());
        plain.putObject("amount").put("total", r.total).put("refund", r.refund).put("payer_total", r.total)
                .put("payer_refund", r.refund);
        String summary = switch (status) {
            case "SUCCESS" -> "退款成功";
            case "ABNORMAL" -> "退款异常";
            default -> "退款关闭";
        };
        String url = r.notifyUrl != null ? r.notifyUrl : o.notifyUrl;
        sendLater(m, new Message(url, Kind.PAYMENT, "REFUND." + status, summary, "refund", "refund",
                json.writeString(plain), r::attempt));
    }

    private String envelope(Merchant m, Message msg) {
        String nonce = ids.alphanumeric(12);
        String ciphertext = ResourceCipher.aes256Gcm(m.apiV3Key()).encrypt(msg.associatedData(), nonce,
                msg.plaintext());
        ObjectNode n = json.object().put("id", "EV-" + ids.alphanumeric(20).toUpperCase(Locale.ROOT))
                .put("create_time", Transactions.time(clock.instant())).put("resource_type", "encrypt-resource")
                .put("event_type", msg.event()).put("summary", msg.summary());
        n.putObject("resource").put("original_type", msg.originalType()).put("algorithm", "AEAD_AES_256_GCM")
                .put("ciphertext", ciphertext).put("associated_data", msg.associatedData()).put("nonce", nonce);
        return json.writeString(n);
    }

    private boolean attempt(Merchant m, Message msg, String body, int tried, List<Duration> delays) {
        boolean accepted;
        String outcome;
        try {
            HttpResponse<String> resp = http.send(signed(m, msg.url(), body), HttpResponse.BodyHandlers.ofString());
            accepted = resp.statusCode() == 200 || resp.statusCode() == 204;
            outcome = "HTTP " + resp.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            accepted = false;
            outcome = e instanceof java.net.http.HttpTimeoutException ? "timeout" : "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        msg.log().accept(new NotifyAttempt(clock.instant(), msg.event(), outcome, accepted));
        if (!accepted && tried < delays.size()) {
            scheduler.schedule(() -> attempt(m, msg, body, tried + 1, delays), delays.get(tried).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return accepted;
    }

    private HttpRequest signed(Merchant m, String url, String body) {
        PlatformKeys k = keys.get();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = ids.alphanumeric(32).toUpperCase(Locale.ROOT);
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Wechatpay-Timestamp", timestamp).header("Wechatpay-Nonce", nonce)
                .header("Wechatpay-Signature", k.sign(V3SignedMessage.message(timestamp, nonce, body)))
                .header("Wechatpay-Serial", PayGate.serial(m, k))
                .header("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048")
                .header("Request-ID", ids.alphanumeric(32).toUpperCase(Locale.ROOT))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static List<Duration> transferRetries() {
        List<Duration> out = new ArrayList<>(Collections.nCopies(10, Duration.ofSeconds(15)));
        out.addAll(Collections.nCopies(10, Duration.ofSeconds(300)));
        out.addAll(Collections.nCopies(44, Duration.ofSeconds(1800)));
        return List.copyOf(out);
    }
}
