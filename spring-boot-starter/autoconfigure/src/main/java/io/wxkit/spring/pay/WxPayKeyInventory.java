package io.wxkit.spring.pay;

import io.wxkit.pay.observe.VerificationKey;
import io.wxkit.pay.WxPay;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The expiring parts of every configured merchant, for the health indicator: the merchant API certificate's
 * validity and the keys WeChat Pay is verified with. Holds no key material.
 */
public final class WxPayKeyInventory {
    private final List<Merchant> merchants;

    /** An inventory of {@code merchants} (the starter builds it from {@code wxkit.pay.*}; replace the bean to report others). */
    public WxPayKeyInventory(List<Merchant> merchants) {
        this.merchants = List.copyOf(merchants);
    }

    static WxPayKeyInventory of(PayMerchants merchants) {
        return new WxPayKeyInventory(merchants.all().stream().map(m -> {
            WxPay pay = m.pay();
            Instant notAfter = m.certificate() == null ? null : m.certificate().getNotAfter().toInstant();
            return new Merchant(pay.mchId(), m.prefix(), m.settings().getCertSerialNo(), notAfter, pay::verificationKeys);
        }).toList());
    }

    /** In the order of the configuration. */
    public List<Merchant> merchants() {
        return merchants;
    }

    /**
     * One merchant.
     *
     * @param mchId the merchant id
     * @param prefix its properties' prefix ({@code wxkit.pay} or {@code wxkit.pay.merchants.<name>}), for messages
     * @param certSerialNo the merchant API certificate's serial
     * @param certificateNotAfter when that certificate expires; {@code null} when it is not configured
     * @param verificationKeys the keys WeChat Pay is verified with right now ({@link WxPay#verificationKeys()})
     */
    public record Merchant(String mchId, String prefix, String certSerialNo, Instant certificateNotAfter,
                           Supplier<List<VerificationKey>> verificationKeys) {
        public Merchant {
            Objects.requireNonNull(mchId, "mchId");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(verificationKeys, "verificationKeys");
        }
    }
}
