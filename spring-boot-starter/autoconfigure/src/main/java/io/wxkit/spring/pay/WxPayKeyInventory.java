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

    /**
     * An inventory of {@code merchants}. The starter builds its bean from {@code wxkit.pay.*}; define your
     * own {@code WxPayKeyInventory} bean to have the health indicator report other merchants.
     *
     * @param merchants the merchants to report, in the order to report them (copied)
     * @throws NullPointerException if {@code merchants} or one of its elements is {@code null}
     */
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

    /**
     * The merchants, in the order of the configuration (the one under {@code wxkit.pay} first).
     *
     * @return an unmodifiable list, empty when no merchant is configured
     */
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
        /**
         * Checks the merchant: {@code certSerialNo} and {@code certificateNotAfter} may be {@code null}.
         *
         * @param mchId the merchant id
         * @param prefix its properties' prefix ({@code wxkit.pay} or {@code wxkit.pay.merchants.<name>}), for
         *        messages
         * @param certSerialNo the merchant API certificate's serial
         * @param certificateNotAfter when that certificate expires; {@code null} when it is not configured
         * @param verificationKeys the keys WeChat Pay is verified with right now, asked on every health check
         * @throws NullPointerException if {@code mchId}, {@code prefix} or {@code verificationKeys} is
         *         {@code null}
         */
        public Merchant {
            Objects.requireNonNull(mchId, "mchId");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(verificationKeys, "verificationKeys");
        }
    }
}
