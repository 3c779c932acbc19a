package io.wxkit.pay.bill;

import java.time.Instant;
import java.util.Map;

/**
 * One order or refund line of a trade bill (交易账单明细). Amounts in fen (the file has yuan).
 * Columns a bill type does not have (e.g. refund columns in a SUCCESS bill) are {@code null} / 0.
 *
 * @param tradeTime          交易时间
 * @param appId              公众账号ID
 * @param mchId              商户号
 * @param subMchId           特约商户号
 * @param deviceInfo         设备号
 * @param transactionId      微信订单号
 * @param outTradeNo         商户订单号
 * @param openid             用户标识
 * @param tradeType          交易类型
 * @param tradeState         交易状态
 * @param bankType           付款银行
 * @param currency           货币种类
 * @param settlementTotalFen 应结订单金额
 * @param couponFen          代金券金额
 * @param refundId           微信退款单号
 * @param outRefundNo        商户退款单号
 * @param refundFen          退款金额
 * @param couponRefundFen    充值券退款金额
 * @param refundType         退款类型
 * @param refundStatus       退款状态
 * @param description        商品名称
 * @param attach             商户数据包
 * @param feeFen             手续费 (rounded half-up to the fen)
 * @param rate               费率, e.g. {@code 0.60%}
 * @param orderTotalFen      订单金额
 * @param requestRefundFen   申请退款金额
 * @param rateRemark         费率备注
 * @param columns            every cell by header name, for columns added later
 */
public record TradeBillRow(Instant tradeTime, String appId, String mchId, String subMchId, String deviceInfo,
                           String transactionId, String outTradeNo, String openid, String tradeType, String tradeState,
                           String bankType, String currency, long settlementTotalFen, long couponFen, String refundId,
                           String outRefundNo, long refundFen, long couponRefundFen, String refundType, String refundStatus,
                           String description, String attach, long feeFen, String rate, long orderTotalFen,
                           long requestRefundFen, String rateRemark, Map<String, String> columns) {
    /**
     * A row; {@code columns} is copied.
     *
     * @param tradeTime          交易时间
     * @param appId              公众账号ID
     * @param mchId              商户号
     * @param subMchId           特约商户号
     * @param deviceInfo         设备号
     * @param transactionId      微信订单号
     * @param outTradeNo         商户订单号
     * @param openid             用户标识
     * @param tradeType          交易类型
     * @param tradeState         交易状态
     * @param bankType           付款银行
     * @param currency           货币种类
     * @param settlementTotalFen 应结订单金额
     * @param couponFen          代金券金额
     * @param refundId           微信退款单号
     * @param outRefundNo        商户退款单号
     * @param refundFen          退款金额
     * @param couponRefundFen    充值券退款金额
     * @param refundType         退款类型
     * @param refundStatus       退款状态
     * @param description        商品名称
     * @param attach             商户数据包
     * @param feeFen             手续费 (rounded half-up to the fen)
     * @param rate               费率, e.g. {@code 0.60%}
     * @param orderTotalFen      订单金额
     * @param requestRefundFen   申请退款金额
     * @param rateRemark         费率备注
     * @param columns            every cell by header name, for columns added later
     * @throws NullPointerException if {@code columns} is null
     */
    public TradeBillRow {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    static TradeBillRow of(BillRow r) {
        return new TradeBillRow(BillValues.time(r.get("交易时间")), BillValues.text(r.get("公众账号ID")), BillValues.text(r.get("商户号")),
                BillValues.text(r.get("特约商户号")), BillValues.text(r.get("设备号")), BillValues.text(r.get("微信订单号")),
                BillValues.text(r.get("商户订单号")), BillValues.text(r.get("用户标识")), BillValues.text(r.get("交易类型")),
                BillValues.text(r.get("交易状态")), BillValues.text(r.get("付款银行")), BillValues.text(r.get("货币种类")),
                BillValues.fen(r.get("应结订单金额")), BillValues.fen(r.get("代金券金额")), BillValues.text(r.get("微信退款单号")),
                BillValues.text(r.get("商户退款单号")), BillValues.fen(r.get("退款金额")), BillValues.fen(r.get("充值券退款金额")),
                BillValues.text(r.get("退款类型")), BillValues.text(r.get("退款状态")), BillValues.text(r.get("商品名称")),
                BillValues.text(r.get("商户数据包")), BillValues.fen(r.get("手续费")), BillValues.text(r.get("费率")),
                BillValues.fen(r.get("订单金额")), BillValues.fen(r.get("申请退款金额")), BillValues.text(r.get("费率备注")), r.asMap());
    }
}
