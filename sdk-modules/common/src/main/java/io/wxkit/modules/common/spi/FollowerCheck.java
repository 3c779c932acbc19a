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

    /** Whether {@code openid} currently follows the account; may call WeChat, so never inside a transaction. */
    boolean isFollower(String openid);
}
