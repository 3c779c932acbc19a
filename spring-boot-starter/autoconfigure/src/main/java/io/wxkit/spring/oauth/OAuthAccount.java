package io.wxkit.spring.oauth;

import io.wxkit.mp.WxMpRegistry;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAccountProperties;
import io.wxkit.spring.mp.WxMpProperties;
import java.util.Map;

/** Picks and checks the account that signs users in: {@code wxkit.mp.oauth.app-id}, or the only account. */
final class OAuthAccount {
    private OAuthAccount() {
    }

    static String choose(WxOAuthProperties oauth, WxMpRegistry registry, WxMpProperties mp) {
        String appId = oauth.getAppId();
        if (appId == null || appId.isBlank()) {
            if (registry.appIds().size() != 1) {
                throw new WxPropertyException("wxkit.mp.oauth.app-id",
                        "is required when several accounts are configured (one of " + registry.appIds() + ")");
            }
            appId = registry.appIds().iterator().next();
        }
        registry.find(appId).orElseThrow(() -> new WxPropertyException("wxkit.mp.oauth.app-id",
                "names no configured account (configured: " + registry.appIds() + ")"));
        if (mp != null) { // null when the application built its own registry: nothing to check then
            requireSecret(appId, mp);
        }
        return appId;
    }

    /** The code exchange sends the AppSecret, which an account in external token mode may lack. */
    private static void requireSecret(String appId, WxMpProperties mp) {
        if (appId.equals(mp.getAppId())) {
            check("wxkit.mp", mp);
        }
        for (Map.Entry<String, WxMpAccountProperties> e : mp.getAccounts().entrySet()) {
            if (appId.equals(e.getValue().getAppId())) {
                check("wxkit.mp.accounts." + e.getKey(), e.getValue());
            }
        }
    }

    private static void check(String prefix, WxMpAccountProperties account) {
        if (account.getSecret() == null || account.getSecret().isBlank()) {
            throw new WxPropertyException(prefix + ".secret", "is required by wxkit.mp.oauth: exchanging a code sends it");
        }
    }
}
