package io.wxkit.pay.bill;

import java.util.Map;

/**
 * The summary section at the end of a bill (汇总数据), by WeChat's column name, e.g.
 * {@code 总交易单数}, {@code 应结订单总金额} for trade bills or {@code 资金流水总笔数}, {@code 收入金额}
 * for fund-flow bills.
 *
 * @param columns column name → value (backtick prefix removed)
 */
public record BillSummary(Map<String, String> columns) {
    /**
     * A summary; {@code columns} is copied.
     *
     * @param columns column name → value (backtick prefix removed)
     * @throws NullPointerException if {@code columns} or one of its keys or values is null
     */
    public BillSummary {
        columns = Map.copyOf(columns);
    }

    /**
     * A money column (yuan in the file) in fen; 0 when absent.
     *
     * @param column the summary column's name, e.g. {@code "应结订单总金额"}
     * @return the amount in fen (the file's {@code 12.34} yuan is {@code 1234}); 0 when the column is absent or empty
     */
    public long fen(String column) {
        return BillValues.fen(columns.get(column));
    }

    /**
     * A count column; 0 when absent.
     *
     * @param column the summary column's name, e.g. {@code "总交易单数"}
     * @return the number; 0 when the column is absent or empty
     * @throws NumberFormatException if the column is not a whole number
     */
    public long count(String column) {
        String v = columns.get(column);
        return v == null || v.isEmpty() ? 0 : Long.parseLong(v.strip());
    }
}
