package io.wxkit.modules.member;

/**
 * How a member reaches a level: by lifetime earned points, by paid orders (count or amount in fen, fed
 * through {@link Members#recordPaidOrder}), or only when an admin sets it.
 */
public sealed interface LevelRule {
    /** Reached when the points earned so far (spending does not lower them) are at least {@code min}. */
    record ByPoints(long min) implements LevelRule {
    }

    /** Reached after at least {@code count} paid orders. */
    record ByPaidOrders(long count) implements LevelRule {
    }

    /** Reached when paid orders add up to at least {@code fen}. */
    record ByPaidAmount(long fen) implements LevelRule {
    }

    /** Never reached automatically; admins set it. */
    record Manual() implements LevelRule {
    }

    /** Whether a member with these totals qualifies. */
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
