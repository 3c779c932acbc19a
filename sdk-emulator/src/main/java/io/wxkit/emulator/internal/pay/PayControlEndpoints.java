package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.emulator.pay.PaidOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import io.wxkit.core.internal.crypto.pem.Pem;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pay side of the control API: {@code POST /emulator/merchants}, {@code POST /emulator/orders/{no}/pay},
 * {@code GET /emulator/orders/{no}}, {@code GET /emulator/pay/platform-public-key},
 * {@code GET /emulator/pay/platform-certificate}; and {@code GET /v3/certificates} (platform certificates
 * encrypted with the caller's APIv3 key).
 */
final class PayControlEndpoints {
    private final PayState state;
    private final PayGate gate;
    private final Notifier notifier;
    private final Supplier<PlatformKeys> keys;
    private final Clock clock;
    private final PayIds ids;

    PayControlEndpoints(PayState state, PayGate gate, Notifier notifier, Supplier<PlatformKeys> keys, Clock clock,
                        PayIds ids) {
        this.state = state;
        this.gate = gate;
        this.notifier = notifier;
        this.keys = keys;
        this.clock = clock;
        this.ids = ids;
    }

    void routes(Router router) {
        router.post("/emulator/merchants", this::register);
        router.post("/emulator/orders/{no}/pay", this::pay);
        router.get("/emulator/orders/{no}", this::order);
        router.get("/emulator/orders", this::orders);
        router.get("/emulator/pay/platform-public-key", r -> Answer.json(r.codec().object()
                .put("publicKeyId", keys.get().publicKeyId()).put("pem", keys.get().publicKeyPem())));
        router.get("/emulator/pay/platform-certificate", r -> Answer.json(r.codec().object()
                .put("serialNo", keys.get().certificateSerial()).put("pem", keys.get().certificatePem())));
        router.get("/emulator/pay/tls-certificate", r -> Answer.json(r.codec().object()
                .put("pem", keys.get().tlsCertificatePem())));
        router.get("/v3/certificates", gate.guard(this::certificates));
    }

    private Answer register(Request r) {
        Merchant m = merchant(r.json());
        PlatformKeys k = keys.get();
        ObjectNode out = r.codec().object().put("mchId", m.mchId()).put("serialNo", m.serialNo())
                .put("platformMode", m.publicKeyMode() ? "publicKey" : "certificate");
        out.putObject("platform").put("publicKeyId", k.publicKeyId()).put("publicKeyPem", k.publicKeyPem())
                .put("certificateSerial", k.certificateSerial());
        return Answer.json(201, out);
    }

    /** Registers (or replaces) a merchant from the control API's JSON. */
    Merchant merchant(JsonNode b) {
        try {
            PublicKey key;
            X509Certificate cert = null;
            String serial = text(b, "serialNo");
            if (text(b, "merchantCertificatePem") != null) {
                cert = Pem.certificate(text(b, "merchantCertificatePem"));
                key = cert.getPublicKey();
                String certSerial = Pem.serialNumber(cert);
                if (serial != null && !serial.equalsIgnoreCase(certSerial)) {
                    throw new ControlError(400, "serialNo does not match the certificate (" + certSerial + ")");
                }
                serial = certSerial;
            } else if (text(b, "merchantPublicKeyPem") != null) {
                key = Pem.publicKey(text(b, "merchantPublicKeyPem"));
            } else {
                throw new ControlError(400, "merchantPublicKeyPem or merchantCertificatePem is required");
            }
            String mode = b.path("platformMode").asText("publicKey");
            if (!mode.equals("publicKey") && !mode.equals("certificate")) {
                throw new ControlError(400, "platformMode must be publicKey or certificate");
            }
            Merchant m = new Merchant(text(b, "mchId"), text(b, "appId"), text(b, "apiV3Key"), key, serial,
                    mode.equals("publicKey"), cert, text(b, "apiKey"));
            state.register(m);
            return m;
        } catch (IllegalArgumentException | io.wxkit.core.internal.crypto.pem.PemException e) {
            throw new ControlError(400, e.getMessage());
        }
    }

    private Answer pay(Request r) {
        JsonNode b = r.body().length == 0 ? r.codec().object() : r.json();
        PaidOrder p = pay(r.pathParam("no"), r.query("mchId"), b.path("openid").asText(null));
        return Answer.json(r.codec().object().put("transactionId", p.transactionId()).put("notified", p.notified()));
    }

    /** Pays an order as its payer would and notifies the merchant (first attempt waited for). */
    PaidOrder pay(String outTradeNo, String mchId, String payer) {
        Order o = order(outTradeNo, mchId);
        String openid = payer;
        if (openid == null && o.payerOpenid() == null) {
            openid = "o" + ids.digits(27);
        }
        Instant now = clock.instant();
        if (!o.pay("42000" + ids.digits(23), openid, now)) {
            throw new ControlError(409, "order " + o.outTradeNo + " is " + o.state() + ", not payable");
        }
        state.paid(o);
        state.ledger.record(o.mchId, now, o.transactionId(), "4200" + ids.digits(24), "交易", "交易", o.total,
                o.outTradeNo, o.description);
        long fee = BillFiles.fee(o.total);
        if (fee > 0) {
            state.ledger.record(o.mchId, now, o.transactionId(), "4200" + ids.digits(24), "扣除交易手续费", "扣除交易手续费",
                    -fee, o.outTradeNo, "手续费");
        }
        boolean notified = notifier.paymentSucceeded(state.merchant(o.mchId), o);
        return new PaidOrder(o.transactionId(), notified);
    }

    private Answer order(Request r) {
        Order o = order(r.pathParam("no"), r.query("mchId"));
        ObjectNode out = Transactions.transaction(r.codec(), o);
        out.put("notify_url", o.notifyUrl).put("description", o.description);
        if (o.prepayId() != null) {
            out.put("prepay_id", o.prepayId());
        }
        attempts(out, o.attempts());
        return Answer.json(out);
    }

    /** Orders of one payer ({@code ?openid=}) or behind one prepay id ({@code ?prepayId=}), for the pay sheet. */
    private Answer orders(Request r) {
        String openid = r.query("openid");
        String prepayId = r.query("prepayId");
        if (openid == null && prepayId == null) {
            throw new ControlError(400, "openid or prepayId is required");
        }
        ArrayNode out = r.codec().array();
        for (Order o : state.all()) {
            if ((openid != null && openid.equals(o.payerOpenid())) || (prepayId != null && prepayId.equals(o.prepayId()))) {
                out.add(Transactions.transaction(r.codec(), o).put("description", o.description));
            }
        }
        return Answer.json(out);
    }

    /** The order with this number; {@code mchId} disambiguates when several merchants used it. */
    Order order(String outTradeNo, String mchId) {
        List<Order> found = state.byOutTradeNo(outTradeNo).stream()
                .filter(o -> mchId == null || o.mchId.equals(mchId)).toList();
        if (found.isEmpty()) {
            throw new ControlError(404, "no order " + outTradeNo);
        }
        if (found.size() > 1) {
            throw new ControlError(409, "several merchants used " + outTradeNo + "; add ?mchId=");
        }
        return found.get(0);
    }

    private Answer certificates(Merchant m, Request r) {
        PlatformKeys k = keys.get();
        String nonce = ids.digits(12);
        String ciphertext = ResourceCipher.aes256Gcm(m.apiV3Key()).encrypt("certificate", nonce, k.certificatePem());
        Json json = r.codec();
        ObjectNode out = json.object();
        ObjectNode cert = out.putArray("data").addObject().put("serial_no", k.certificateSerial())
                .put("effective_time", Transactions.time(k.certificate().getNotBefore().toInstant()))
                .put("expire_time", Transactions.time(k.certificate().getNotAfter().toInstant()));
        cert.putObject("encrypt_certificate").put("algorithm", "AEAD_AES_256_GCM").put("nonce", nonce)
                .put("associated_data", "certificate").put("ciphertext", ciphertext);
        return Answer.json(out);
    }

    /** Lists notification attempts as {@code "notifications":[{"event","outcome","accepted","at"}]}. */
    static void attempts(ObjectNode out, List<NotifyAttempt> list) {
        ArrayNode attempts = out.putArray("notifications");
        for (NotifyAttempt a : list) {
            attempts.addObject().put("event", a.event()).put("outcome", a.outcome()).put("accepted", a.accepted())
                    .put("at", a.at().toString());
        }
    }

    private static String text(JsonNode b, String field) {
        JsonNode n = b.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
