package io.wxkit.modules.member;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A member profile bound to an openid.
 *
 * @param id            the member id
 * @param openid        the openid it is bound to
 * @param accountId     the SSO-bound account id, if bound
 * @param nickname      the display name, or null
 * @param department    the department (an admin scope), or null
 * @param levelCode     the current level, or empty when none is reached
 * @param levelManual   whether an admin fixed the level (rules no longer move it)
 * @param tags          the tags (admin scopes too)
 * @param cardNo        the 16-digit card number (Luhn check digit last)
 * @param points        the spendable balance, never negative
 * @param pointsEarned  all points ever earned (what point levels look at)
 * @param paidOrders    paid orders recorded
 * @param paidAmountFen their total in fen
 * @param createdAt     when the profile was made
 */
public record Member(long id, String openid, Optional<String> accountId, String nickname, String department,
                     Optional<String> levelCode, boolean levelManual, Set<String> tags, String cardNo, long points,
                     long pointsEarned, long paidOrders, long paidAmountFen, Instant createdAt) {
    /**
     * Copies the tags.
     *
     * @param id the member id
     * @param openid the openid it is bound to
     * @param accountId the SSO-bound account id, if bound
     * @param nickname the display name, or null
     * @param department the department (an admin scope), or null
     * @param levelCode the current level, or empty when none is reached
     * @param levelManual whether an admin fixed the level (rules no longer move it)
     * @param tags the tags (admin scopes too)
     * @param cardNo the 16-digit card number (Luhn check digit last)
     * @param points the spendable balance, never negative
     * @param pointsEarned all points ever earned (what point levels look at)
     * @param paidOrders paid orders recorded
     * @param paidAmountFen their total in fen
     * @param createdAt when the profile was made
     */
    public Member {
        tags = Set.copyOf(tags);
    }
}
