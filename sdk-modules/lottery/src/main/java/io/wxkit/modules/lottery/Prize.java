package io.wxkit.modules.lottery;

/**
 * A prize of an activity.
 *
 * @param id           the prize id ({@code 0} in a draft)
 * @param name         the name shown to users
 * @param kind         goods or red packet
 * @param weight       the relative weight in instant draws: chance = weight / (sum of in-stock weights + no-prize weight)
 * @param stock        the units left
 * @param initialStock the units the activity started with
 * @param redPacketFen the red packet amount in fen ({@code 0} for goods)
 */
public record Prize(long id, String name, PrizeKind kind, long weight, int stock, int initialStock, long redPacketFen) {
}
