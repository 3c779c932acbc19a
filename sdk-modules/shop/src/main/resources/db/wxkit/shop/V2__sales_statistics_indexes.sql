-- shop: the day's sales statistics (SalesStatistics.of) at millions of orders. Measured by the scale benchmark
-- (benchmarks/ io.wxkit.benchmarks.scale, docs/performance.md "Ten million records"): with only the indexes
-- of V1, PostgreSQL answered the units query (order items JOIN the day's paid orders) with a hash join over a
-- sequential scan of every order item, so the call grew with the whole history (0.5 s at 1 M orders), and the
-- day's COUNT/SUM read every order row of the day from the heap. These two indexes carry the columns the
-- queries read, so both become index(-only) range scans over the day's rows alone, whatever the history.
-- Plain composite indexes: the same file on H2, PostgreSQL and MariaDB.
CREATE INDEX ix_wxkit_shop_order_paid_total ON wxkit_shop_order (paid_at, id, total_fen);
CREATE INDEX ix_wxkit_shop_order_item_order_qty ON wxkit_shop_order_item (order_id, quantity);
