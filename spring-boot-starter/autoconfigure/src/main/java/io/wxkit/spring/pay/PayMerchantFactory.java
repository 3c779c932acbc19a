package io.wxkit.spring.pay;

import io.wxkit.pay.observe.PayCallListener;
import io.wxkit.pay.WxPay;
import io.wxkit.spring.WxPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;

/** Turns {@code wxkit.pay.*} into validated {@link WxPay} merchants; refusals name the property, never its value. */
final class PayMerchantFactory {
    static final String PREFIX = "wxkit.pay";

    private PayMerchantFactory() {
    }

    /** @param certificate the merchant API certificate, {@code null} when neither its PEM nor a p12 is configured */
    record Merchant(String prefix, WxPayMerchantProperties settings, WxPay pay, X509Certificate certificate) {
    }

    /** @param listener hears every merchant's API calls, or {@code null} */
    static List<Merchant> create(WxPayProperties properties, PayCallListener listener) {
        List<Merchant> merchants = new ArrayList<>();
        if (properties.getMchId() != null) {
            merchants.add(merchant(PREFIX, properties, listener));
        }
        properties.getMerchants().forEach((name, s) -> merchants.add(merchant(PREFIX + ".merchants." + name, s, listener)));
        Set<String> seen = new LinkedHashSet<>();
        for (Merchant m : merchants) {
            if (!seen.add(m.settings().getMchId())) {
                throw new WxPropertyException(m.prefix() + ".mch-id", "repeats another configured merchant's mch-id");
            }
        }
        return merchants;
    }

    private static Merchant merchant(String prefix, WxPayMerchantProperties s, PayCallListener listener) {
        require(prefix + ".mch-id", s.getMchId());
        require(prefix + ".cert-serial-no", s.getCertSerialNo());
        require(prefix + ".api-v3-key", s.getApiV3Key());
        if (s.getApiV3Key().length() != 32) {
            throw new WxPropertyException(prefix + ".api-v3-key", "must be 32 characters");
        }
        if (blank(s.getPublicKeyId()) && !s.isAutoPlatformCertificates()) {
            throw new WxPropertyException(prefix + ".public-key-id",
                    "is required unless auto-platform-certificates is true");
        }
        WxPay.Builder b = WxPay.builder().mchId(s.getMchId())
                .merchantKey(read(prefix + ".private-key", s.getPrivateKey()), s.getCertSerialNo())
                .apiV3Key(s.getApiV3Key());
        if (s.getAppId() != null) {
            b.appId(s.getAppId());
        }
        if (!blank(s.getPublicKeyId())) {
            b.platformPublicKey(s.getPublicKeyId(), read(prefix + ".public-key", s.getPublicKey()));
        }
        if (s.isAutoPlatformCertificates()) {
            b.autoPlatformCertificates();
        }
        if (s.getNotifyUrl() != null) {
            b.notifyUrl(s.getNotifyUrl());
        }
        if (s.getBaseUrl() != null) {
            b.baseUrl(s.getBaseUrl());
        }
        if (listener != null) {
            b.listener(listener);
        }
        if (s.getApiV2Key() != null) {
            b.apiV2Key(s.getApiV2Key());
        }
        if (s.getP12() != null) {
            b.merchantCertificate(bytes(prefix + ".p12", s.getP12()),
                    s.getP12Password() == null ? s.getMchId() : s.getP12Password());
        }
        X509Certificate certificate = MerchantCertificates.read(prefix, s);
        try {
            return new Merchant(prefix, s, b.build(), certificate);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the builder's own checks (key formats, id prefixes) name no secrets; say which merchant failed
            throw new WxPropertyException(prefix, "is not a valid merchant: " + e.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void require(String property, String value) {
        if (blank(value)) {
            throw new WxPropertyException(property, "is required");
        }
    }

    static String read(String property, Resource resource) {
        return new String(bytes(property, resource), StandardCharsets.US_ASCII);
    }

    static byte[] bytes(String property, Resource resource) {
        if (resource == null) {
            throw new WxPropertyException(property, "is required");
        }
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new WxPropertyException(property, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
