package io.wxkit.pay.payment;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The parameters an iOS/Android app passes to the WeChat SDK ({@code PayReq}) to start an App
 * payment, signed with the merchant API key over {@code appid\ntimestamp\nnoncestr\nprepayid\n}.
 *
 * @param appId        {@code appid}
 * @param partnerId    {@code partnerid}: the merchant id
 * @param prepayId     {@code prepayid}
 * @param packageValue {@code package}: always {@code Sign=WXPay}
 * @param nonceStr     {@code noncestr}
 * @param timestamp    {@code timestamp}: Unix seconds
 * @param sign         {@code sign}
 */
public record AppPayParams(@JsonProperty("appid") String appId, @JsonProperty("partnerid") String partnerId,
                           @JsonProperty("prepayid") String prepayId, @JsonProperty("package") String packageValue,
                           @JsonProperty("noncestr") String nonceStr, @JsonProperty("timestamp") String timestamp,
                           @JsonProperty("sign") String sign) {}
