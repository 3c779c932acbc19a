package io.wxkit.modules.member;

import io.wxkit.modules.common.ModuleException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member level (会员等级). Higher {@code rank} wins when several are reached.
 *
 * <pre>{@code
 * new Level("gold", "金卡", 3, new LevelRule.ByPoints(5000))
 * }</pre>
 *
 * @param code the stable code ({@code [a-z0-9_]{1,32}})
 * @param name the display name (1-64 characters)
 * @param rank the order, higher is better
 * @param rule how it is reached
 */
public record Level(String code, String name, int rank, LevelRule rule) {
    static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,32}");

    /**
     * Validates the level.
     *
     * @param code the stable code ({@code [a-z0-9_]{1,32}})
     * @param name the display name (1-64 characters)
     * @param rank the order, higher is better
     * @param rule how it is reached
     */
    public Level {
        Objects.requireNonNull(rule, "rule");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ModuleException(MemberError.INVALID_LEVEL, "level code must match " + CODE);
        }
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new ModuleException(MemberError.INVALID_LEVEL, "level name must be 1-64 characters");
        }
        long threshold = threshold(rule);
        if (threshold < 0) {
            throw new ModuleException(MemberError.INVALID_LEVEL, "level thresholds must not be negative");
        }
    }

    static long threshold(LevelRule rule) {
        if (rule instanceof LevelRule.ByPoints p) {
            return p.min();
        }
        if (rule instanceof LevelRule.ByPaidOrders o) {
            return o.count();
        }
        return rule instanceof LevelRule.ByPaidAmount a ? a.fen() : 0;
    }

    static LevelRule rule(String kind, long threshold) {
        return switch (kind) {
            case "POINTS" -> new LevelRule.ByPoints(threshold);
            case "ORDERS" -> new LevelRule.ByPaidOrders(threshold);
            case "AMOUNT" -> new LevelRule.ByPaidAmount(threshold);
            default -> new LevelRule.Manual();
        };
    }

    static String kind(LevelRule rule) {
        if (rule instanceof LevelRule.ByPoints) {
            return "POINTS";
        }
        if (rule instanceof LevelRule.ByPaidOrders) {
            return "ORDERS";
        }
        return rule instanceof LevelRule.ByPaidAmount ? "AMOUNT" : "MANUAL";
    }
}
