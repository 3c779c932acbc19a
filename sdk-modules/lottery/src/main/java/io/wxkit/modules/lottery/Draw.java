package io.wxkit.modules.lottery;

import java.time.Instant;

/**
 * One row of the auditable draw log. For instant draws, {@code randomValue} was drawn uniformly from
 * {@code [0, totalWeight)} and fell into the slot of {@code candidates} ({@code prizeId:weight,...,none:weight},
 * in that order) that {@code prizeId} names; for staff draws it is the index drawn from the
 * {@code totalWeight} eligible entrants left.
 *
 * @param id          the log row id
 * @param activityId  the activity
 * @param openid      who drew (or was drawn)
 * @param drawnAt     when
 * @param boxIndex    the box opened (box mode), else -1
 * @param randomValue the value drawn
 * @param totalWeight the bound it was drawn below
 * @param candidates  what it was drawn from
 * @param prizeId     the prize landed on, {@code 0} for no prize
 * @param winId       the win it created, {@code 0} for none
 */
public record Draw(long id, long activityId, String openid, Instant drawnAt, int boxIndex, long randomValue,
                   long totalWeight, String candidates, long prizeId, long winId) {
    /**
     * Whether it won something.
     *
     * @return {@code true} if the draw created a win ({@code winId != 0})
     */
    public boolean won() {
        return winId != 0;
    }
}
