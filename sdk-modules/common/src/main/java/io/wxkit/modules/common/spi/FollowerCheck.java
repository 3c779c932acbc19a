package io.wxkit.modules.common.spi;

/**
 * Answers whether an openid follows the Official Account, for follow-required activities. The wired
 * implementation is {@code io.wxkit.modules.common.wechat.FollowerRegistry}: the callback's
 * subscribe/unsubscribe events first, {@code users().get} as the fallback.
 *
 * <pre>{@code
 * FollowerCheck check = openid -> knownFollowers.contains(openid);
 * }</pre>
 */
@FunctionalInterface
public interface FollowerCheck {

    /**
     * Whether {@code openid} currently follows the account; may call WeChat, so never inside a transaction.
     * Implementations must be safe for concurrent use.
     *
     * @param openid the user's openid for this account
     * @return {@code true} if the user follows the account now
     * @throws RuntimeException when the answer cannot be had (WeChat unreachable); the module refuses with
     *                          {@code FOLLOWER_CHECK_UNAVAILABLE} rather than guess
     */
    boolean isFollower(String openid);
}
