package io.wxkit.spring.mp;

import io.wxkit.core.token.Credential;

/**
 * Where accounts with {@code token-mode: external} get their access tokens: a central token service
 * (中控服务器) that alone talks to WeChat. Define one bean; startup fails with a {@code WxPropertyException}
 * naming {@code token-mode} when an external account has none. It is asked per appId whenever the account's
 * token manager needs a token (on first use and when the held one nears expiry), never at startup;
 * implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface WxExternalTokens {

    /**
     * The current access token of {@code appId} and when it expires.
     *
     * @param appId the AppID of the account that needs a token
     * @return the token and its expiry
     */
    Credential fetch(String appId);
}
