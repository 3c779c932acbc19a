package io.wxkit.modules.shop;

import org.jdbi.v3.core.Handle;

/**
 * The running daily-sales totals ({@code wxkit_shop_sales_rollup}, see its migration V3): added to on the
 * caller's handle, inside the transaction of the payment or refund, so a rolled-back payment leaves no trace and
 * a retried one counts once. A missing row is inserted; a concurrent insert of the same row fails on the primary
 * key and the caller's transaction re-runs ({@code Transactions} retries unique violations), reading the winner's
 * row the second time.
 */
final class SalesRollup {
    /** 15 minutes: every zone's midnight is a bucket boundary. */
    static final long BUCKET_MS = 900_000L;
    static final int SHARDS = 8;

    private SalesRollup() {
    }

    static long bucket(long epochMs) {
        return Math.floorDiv(epochMs, BUCKET_MS);
    }

    /** An order paid at {@code atMs}. */
    static void paid(Handle h, long orderId, long atMs, long units, long paidFen) {
        add(h, bucket(atMs), Math.floorMod(orderId, SHARDS), 1, units, paidFen, 0);
    }

    /** A refund of {@code refundedFen} that succeeded at {@code atMs}. */
    static void refunded(Handle h, long orderId, long atMs, long refundedFen) {
        add(h, bucket(atMs), Math.floorMod(orderId, SHARDS), 0, 0, 0, refundedFen);
    }

    private static void add(Handle h, long bucket, int shard, long orders, long units, long paidFen, long refundedFen) {
        int n = h.createUpdate("UPDATE wxkit_shop_sales_rollup SET paid_orders = paid_orders + :o, units_sold = units_sold + :u,"
                        + " paid_fen = paid_fen + :p, refunded_fen = refunded_fen + :r WHERE bucket = :b AND shard = :s")
                .bind("o", orders).bind("u", units).bind("p", paidFen).bind("r", refundedFen).bind("b", bucket).bind("s", shard)
                .execute();
        if (n == 0) {
            h.createUpdate("INSERT INTO wxkit_shop_sales_rollup (bucket, shard, paid_orders, units_sold, paid_fen, refunded_fen)"
                            + " VALUES (:b, :s, :o, :u, :p, :r)")
                    .bind("o", orders).bind("u", units).bind("p", paidFen).bind("r", refundedFen).bind("b", bucket).bind("s", shard)
                    .execute();
        }
    }
}
