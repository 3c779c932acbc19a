package io.wxkit.sso.client;

/** What a business system may learn about the user when it redeems a ticket (the openid always). */
public enum Claim {
    /** The unionid, when WeChat gives one. */
    UNIONID,
    /** Nickname and avatar: the broker then asks WeChat for {@code snsapi_userinfo} (a consent page). */
    PROFILE,
    /** The account id the openid is bound to in this business system. */
    ACCOUNT
}
