-- shop: the admin's daily sales over a date range without reading the orders. Measured by the scale benchmark
-- (benchmarks/ io.wxkit.benchmarks.scale, docs/performance.md "Ten million records"): V2's indexes make one day an
-- index range scan over that day's orders, but a month or a year of days still reads every order paid in it, so a
-- range grows with the sales. This table is the running total, kept in the same transaction as the payment or
-- refund that changes it (Payments.apply, Refunds.apply), so it is exactly what the orders say.
--
-- bucket = epoch milliseconds / 900 000 (15 minutes): every time zone's midnight (offsets are whole multiples of
-- 15 minutes) falls on a bucket boundary, so any zone's days are whole bucket ranges, and a day is at most 100 rows.
-- shard = order id mod 8: concurrent payments of the same quarter hour update different rows instead of waiting on
-- one row's lock. Plain columns and a primary key: the same file on H2, PostgreSQL and MariaDB.
CREATE TABLE wxkit_shop_sales_rollup (
    bucket BIGINT NOT NULL,
    shard INT NOT NULL,
    paid_orders BIGINT NOT NULL,
    units_sold BIGINT NOT NULL,
    paid_fen BIGINT NOT NULL,
    refunded_fen BIGINT NOT NULL,
    CONSTRAINT pk_wxkit_shop_sales_rollup PRIMARY KEY (bucket, shard)
);

-- what was paid and refunded before this migration: payments in shard 0, refunds in shard 1 (distinct keys, so the
-- two inserts never meet, and later writes add to whichever shard their order falls in)
INSERT INTO wxkit_shop_sales_rollup (bucket, shard, paid_orders, units_sold, paid_fen, refunded_fen)
SELECT FLOOR(o.paid_at / 900000), 0, COUNT(*), COALESCE(SUM(u.units), 0), SUM(o.total_fen), 0
FROM wxkit_shop_order o
LEFT JOIN (SELECT order_id, SUM(quantity) AS units FROM wxkit_shop_order_item GROUP BY order_id) u ON u.order_id = o.id
WHERE o.paid_at IS NOT NULL
GROUP BY FLOOR(o.paid_at / 900000);

INSERT INTO wxkit_shop_sales_rollup (bucket, shard, paid_orders, units_sold, paid_fen, refunded_fen)
SELECT FLOOR(r.finished_at / 900000), 1, 0, 0, 0, SUM(r.refund_fen)
FROM wxkit_shop_refund r
WHERE r.status = 'SUCCESS' AND r.finished_at IS NOT NULL
GROUP BY FLOOR(r.finished_at / 900000);
