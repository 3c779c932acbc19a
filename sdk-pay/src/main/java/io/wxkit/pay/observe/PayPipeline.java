package io.wxkit.pay.observe;

/**
 * The signed, verified APIv3 call pipeline of one merchant, as {@link io.wxkit.pay.WxPay#builder()} builds it:
 * what every feature API of a {@code WxPay} ({@code pay.jsapi()}, {@code pay.refunds()}, ...) sends its
 * calls through. It plays the part {@code io.wxkit.core.http.ApiClient} plays for sdk-mp's feature APIs,
 * so that their public constructors name no internal type.
 *
 * <p>Applications do not build or implement one: they get the features from the {@code WxPay}, which
 * passes its own pipeline. A feature API constructed with a pipeline that {@code WxPay.builder()} did not
 * build refuses it with an {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * WxPay pay = WxPay.builder()...build();
 * RefundsApi refunds = pay.refunds();          // runs on pay's pipeline
 * }</pre>
 */
public interface PayPipeline {

    /**
     * The merchant id every call of this pipeline is signed for, WeChat Pay's {@code mchid}
     * (digits, e.g. {@code "1900000109"}).
     *
     * @return never null
     */
    String mchId();

    /**
     * The default {@code appid} of the payments this pipeline sends (e.g. {@code "wxd678efh567hg6787"}),
     * or {@code null} when the merchant was built without one.
     *
     * @return the appid, or null
     */
    String appId();
}
