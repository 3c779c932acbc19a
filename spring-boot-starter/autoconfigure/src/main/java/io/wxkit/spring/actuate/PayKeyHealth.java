package io.wxkit.spring.actuate;

import io.wxkit.pay.observe.VerificationKey;
import io.wxkit.spring.pay.WxPayKeyInventory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expiry part of the health report, per merchant: the merchant API certificate (商户API证书), the platform
 * certificates (平台证书) and the WeChat Pay public key (微信支付公钥, which has no expiry). An expired merchant
 * certificate, or platform certificates of which none is valid, make the report DOWN: WeChat Pay refuses such
 * requests or they cannot be verified. Under {@link #WARN_BEFORE} the part stays UP with a {@code warning}, long
 * enough ahead to renew the certificate in the merchant platform. Only ids, serials and dates are reported.
 */
final class PayKeyHealth {
    static final Duration WARN_BEFORE = Duration.ofDays(30);

    private final WxPayKeyInventory inventory;

    PayKeyHealth(WxPayKeyInventory inventory) {
        this.inventory = inventory;
    }

    /** The report of one check: {@code down} when some merchant has nothing valid left to sign or verify with. */
    record Report(boolean down, Map<String, Object> merchants) {
    }

    Report check(Instant now) {
        boolean down = false;
        Map<String, Object> merchants = new LinkedHashMap<>();
        for (WxPayKeyInventory.Merchant m : inventory.merchants()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            if (m.certificateNotAfter() == null) {
                detail.put("merchantCertificate", Map.of("serial", m.certSerialNo(), "status", "not-configured",
                        "hint", "set " + m.prefix() + ".merchant-certificate to check its expiry"));
            } else {
                Map<String, Object> cert = expiry(m.certSerialNo(), m.certificateNotAfter(), now, "serial");
                down |= "expired".equals(cert.get("status"));
                detail.put("merchantCertificate", cert);
            }
            down |= verificationKeys(m.verificationKeys().get(), now, detail);
            merchants.put(m.mchId(), detail);
        }
        return new Report(down, merchants);
    }

    /** Puts {@code publicKey} and/or {@code platformCertificates}; true when certificates are held but none is valid. */
    private static boolean verificationKeys(List<VerificationKey> keys, Instant now, Map<String, Object> detail) {
        List<Map<String, Object>> certificates = new ArrayList<>();
        for (VerificationKey k : keys) {
            if (k.kind() == VerificationKey.Kind.PUBLIC_KEY) {
                detail.put("publicKey", Map.of("id", k.id(), "status", "loaded", "expires", "never"));
            } else {
                certificates.add(expiry(k.id(), k.notAfter(), now, "serial"));
            }
        }
        if (certificates.isEmpty()) {
            if (!detail.containsKey("publicKey")) { // certificate mode before its first download (first API call)
                detail.put("platformCertificates", "not-downloaded-yet");
            }
            return false;
        }
        detail.put("platformCertificates", certificates);
        // WeChat Pay rotates its certificates and sdk-pay refreshes them: one valid certificate is enough
        return certificates.stream().allMatch(c -> "expired".equals(c.get("status")));
    }

    private static Map<String, Object> expiry(String id, Instant notAfter, Instant now, String idName) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(idName, id);
        out.put("notAfter", notAfter.toString());
        if (!now.isBefore(notAfter)) {
            out.put("status", "expired");
            return out;
        }
        Duration left = Duration.between(now, notAfter);
        out.put("expiresInDays", left.toDays());
        if (left.compareTo(WARN_BEFORE) < 0) {
            out.put("status", "expiring");
            out.put("warning", "expires in less than " + WARN_BEFORE.toDays() + " days");
        } else {
            out.put("status", "valid");
        }
        return out;
    }
}
