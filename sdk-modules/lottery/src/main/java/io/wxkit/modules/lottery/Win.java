package io.wxkit.modules.lottery;

import java.time.Instant;

/**
 * A prize won, bound to the winner's openid, with a unique redemption code.
 *
 * @param id         the win id
 * @param activityId the activity
 * @param prizeId    the prize
 * @param openid     the winner
 * @param code       the redemption code (10 characters of Crockford base32, from the SecureRandom)
 * @param wonAt      when
 * @param redeemedAt when staff redeemed it, or {@code null}
 * @param redeemedBy the staff who redeemed it, or {@code null}
 * @param payout     the red packet status ({@link PayoutStatus#NONE} for goods)
 */
public record Win(long id, long activityId, long prizeId, String openid, String code, Instant wonAt, Instant redeemedAt,
                  String redeemedBy, PayoutStatus payout) {
    /**
     * Whether staff redeemed it.
     *
     * @return {@code true} once {@link #redeemedAt()} is set
     */
    public boolean redeemed() {
        return redeemedAt != null;
    }
}
