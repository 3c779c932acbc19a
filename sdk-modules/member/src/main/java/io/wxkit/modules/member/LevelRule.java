package io.wxkit.modules.member;

/**
 * How a member reaches a level: by lifetime earned points, by paid orders (count or amount in fen, fed
 * through {@link Members#recordPaidOrder}), or only when an admin sets it.
 */
public sealed interface LevelRule {
    /**
     * Reached when the points earned so far (spending does not lower them) are at least {@code min}.
     *
     * @param min the lifetime earned points needed; a {@link Level} refuses a negative one
     */
    record ByPoints(long min) implements LevelRule {
    }

    /**
     * Reached after at least {@code count} paid orders.
     *
     * @param count the paid orders needed; a {@link Level} refuses a negative one
     */
    record ByPaidOrders(long count) implements LevelRule {
    }

    /**
     * Reached when paid orders add up to at least {@code fen}.
     *
     * @param fen the paid total needed, in fen; a {@link Level} refuses a negative one
     */
    record ByPaidAmount(long fen) implements LevelRule {
    }

    /** Never reached automatically; admins set it. */
    record Manual() implements LevelRule {
    }

    /**
     * Whether a member with these totals qualifies.
     *
     * @param pointsEarned the member's lifetime earned points
     * @param paidOrders the member's paid orders
     * @param paidFen the member's paid total in fen
     * @return true if the totals reach this rule's threshold; always false for {@link Manual}
     */
    default boolean reachedBy(long pointsEarned, long paidOrders, long paidFen) {
        if (this instanceof ByPoints p) {
            return pointsEarned >= p.min();
        }
        if (this instanceof ByPaidOrders o) {
            return paidOrders >= o.count();
        }
        if (this instanceof ByPaidAmount a) {
            return paidFen >= a.fen();
        }
        return false;
    }
}
