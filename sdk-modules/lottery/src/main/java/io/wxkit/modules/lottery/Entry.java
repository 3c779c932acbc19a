package io.wxkit.modules.lottery;

import java.time.Instant;

/**
 * One user's entry into a random-draw or message-entry activity.
 *
 * @param id         the entry id
 * @param activityId the activity
 * @param openid     who entered
 * @param message    the message they sent (message mode) or {@code null}
 * @param enteredAt  when
 */
public record Entry(long id, long activityId, String openid, String message, Instant enteredAt) {
}
