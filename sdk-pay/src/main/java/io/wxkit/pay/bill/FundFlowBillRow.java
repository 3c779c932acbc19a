package io.wxkit.pay.bill;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a fund-flow bill (资金账单明细). Amounts in fen (the file has yuan).
 *
 * @param accountingTime 记账时间
 * @param transactionId  微信支付业务单号
 * @param flowId         资金流水单号
 * @param businessName   业务名称
 * @param businessType   业务类型
 * @param direction      收支类型 (收入 / 支出)
 * @param amountFen      收支金额
 * @param balanceFen     账户结余
 * @param applicant      资金变更提交申请人
 * @param remark         备注
 * @param voucherNo      业务凭证号
 * @param columns        every cell by header name
 */
public record FundFlowBillRow(Instant accountingTime, String transactionId, String flowId, String businessName,
                              String businessType, String direction, long amountFen, long balanceFen, String applicant,
                              String remark, String voucherNo, Map<String, String> columns) {
    /**
     * A row; {@code columns} is copied.
     *
     * @param accountingTime 记账时间
     * @param transactionId  微信支付业务单号
     * @param flowId         资金流水单号
     * @param businessName   业务名称
     * @param businessType   业务类型
     * @param direction      收支类型 (收入 / 支出)
     * @param amountFen      收支金额
     * @param balanceFen     账户结余
     * @param applicant      资金变更提交申请人
     * @param remark         备注
     * @param voucherNo      业务凭证号
     * @param columns        every cell by header name
     * @throws NullPointerException if {@code columns} is null
     */
    public FundFlowBillRow {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    static FundFlowBillRow of(BillRow r) {
        return new FundFlowBillRow(BillValues.time(r.get("记账时间")), BillValues.text(r.get("微信支付业务单号")),
                BillValues.text(r.get("资金流水单号")), BillValues.text(r.get("业务名称")), BillValues.text(r.get("业务类型")),
                BillValues.text(r.get("收支类型")), BillValues.fen(r.get("收支金额")), BillValues.fen(r.get("账户结余")),
                BillValues.text(r.get("资金变更提交申请人")), BillValues.text(r.get("备注")), BillValues.text(r.get("业务凭证号")), r.asMap());
    }
}
