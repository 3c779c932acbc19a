package io.wxkit.modules.lottery;

import io.wxkit.modules.common.ErrorCode;

/** The stable error codes of the lottery module (see also {@code CommonError}). */
public enum LotteryError implements ErrorCode {
    /** No activity has this id. */
    ACTIVITY_NOT_FOUND,
    /** The activity definition breaks a rule (no prizes, negative weight, box count, keyword, ...). */
    INVALID_ACTIVITY,
    /** The activity's window has not opened yet. */
    ACTIVITY_NOT_STARTED,
    /** The activity's window is over or staff closed it. */
    ACTIVITY_CLOSED,
    /** The operation does not exist in this activity's mode (spinning a random-draw activity, ...). */
    WRONG_MODE,
    /** This openid used all its draws of the activity. */
    DRAW_LIMIT_REACHED,
    /** This openid used today's draws. */
    DAILY_DRAW_LIMIT_REACHED,
    /** Every prize is gone and the activity has no "no prize" slot, or a staff draw asks for more than the stock. */
    OUT_OF_STOCK,
    /** The box index is outside 0..boxes-1. */
    INVALID_BOX,
    /** This openid already entered the activity. */
    ALREADY_ENTERED,
    /** A staff draw found nobody eligible. */
    NO_ENTRANTS,
    /** No prize of this activity has this id. */
    PRIZE_NOT_FOUND,
    /** No win has this redemption code. */
    WIN_NOT_FOUND,
    /** The win was redeemed already. */
    ALREADY_REDEEMED
}
