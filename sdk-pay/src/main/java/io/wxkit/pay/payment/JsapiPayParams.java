package io.wxkit.pay.payment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters a web page or mini program passes to {@code WeixinJSBridge.invoke('getBrandWCPayRequest', ..)}
 * or {@code wx.requestPayment(..)} to start a JSAPI payment, signed with the merchant API key.
 * Serialises to JSON with WeChat's names.
 *
 * @param appId        {@code appId}
 * @param timeStamp    {@code timeStamp}: Unix seconds as a string
 * @param nonceStr     {@code nonceStr}
 * @param packageValue {@code package}: {@code prepay_id=...}
 * @param signType     {@code signType}: {@code RSA}
 * @param paySign      {@code paySign}
 */
public record JsapiPayParams(@JsonProperty("appId") String appId, @JsonProperty("timeStamp") String timeStamp,
                             @JsonProperty("nonceStr") String nonceStr, @JsonProperty("package") String packageValue,
                             @JsonProperty("signType") String signType, @JsonProperty("paySign") String paySign) {

    /**
     * The prepay id inside {@code package}.
     *
     * @return the text after {@code prepay_id=}, e.g. {@code "wx201410272009395522657a690389285100"}
     */
    @JsonIgnore
    public String prepayId() {
        return packageValue.substring(packageValue.indexOf('=') + 1);
    }

    /**
     * The six fields with WeChat's names, in documented order.
     *
     * @return a new mutable map: {@code appId, timeStamp, nonceStr, package, signType, paySign}
     */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("appId", appId);
        m.put("timeStamp", timeStamp);
        m.put("nonceStr", nonceStr);
        m.put("package", packageValue);
        m.put("signType", signType);
        m.put("paySign", paySign);
        return m;
    }
}
