-- shop: the seller's order list (Orders.search) at millions of orders. Measured by the scale benchmark
-- (benchmarks/ io.wxkit.benchmarks.scale, docs/performance.md "Ten million records"): keyed on the id alone,
-- a page of one day's orders half-way back in 10 M orders walked the primary key backwards past every newer
-- order (5 M rows removed by the filter, 2 s). The list now pages on (created_at, id), newest first, and these
-- two indexes hold that order with and without a status filter: any page, of any day or status, reads itself.
-- Plain composite indexes: the same file on H2, PostgreSQL and MariaDB.
CREATE INDEX ix_wxkit_shop_order_created ON wxkit_shop_order (created_at, id);
CREATE INDEX ix_wxkit_shop_order_status_created ON wxkit_shop_order (status, created_at, id);
