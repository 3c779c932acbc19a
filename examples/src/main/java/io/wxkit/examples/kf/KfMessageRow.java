package io.wxkit.examples.kf;

import java.time.Instant;

/**
 * One line of a customer-service conversation.
 *
 * @param sender {@code user} (the follower, from WeChat or from the /kf page), {@code staff} (sent through the
 *               customer-service API) or {@code system} (the hand-off notice)
 */
public record KfMessageRow(long id, String appId, String openid, String sender, String content, Instant at) {
    public boolean fromUser() {
        return "user".equals(sender);
    }
}
