package io.wxkit.mp.kf;

import java.time.Instant;

/**
 * A customer-service session between a follower and a customer-service account
 * ({@code customservice/kfsession/*}). Fields WeChat leaves out for a given call are null.
 *
 * @param openid the follower; null when the call was by openid ({@code getsession})
 * @param kfAccount the serving account; null when the call was by account ({@code getsessionlist})
 * @param createTime when the session was taken; for waiting cases, the follower's latest message
 */
public record KfSession(String openid, String kfAccount, Instant createTime) {
}
