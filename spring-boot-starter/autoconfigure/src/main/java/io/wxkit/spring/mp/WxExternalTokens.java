package io.wxkit.spring.mp;

import io.wxkit.core.token.Credential;

/**
 * Where accounts with {@code token-mode=external} get their access tokens: a central token service
 * (中控服务器) that alone talks to WeChat. Define one bean; it is asked per appId.
 */
@FunctionalInterface
public interface WxExternalTokens {

    /** The current access token of {@code appId} and when it expires. */
    Credential fetch(String appId);
}
