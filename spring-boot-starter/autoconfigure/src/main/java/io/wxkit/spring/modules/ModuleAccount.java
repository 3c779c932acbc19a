package io.wxkit.spring.modules;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAccountProperties;
import io.wxkit.spring.mp.WxMpProperties;
import java.util.Objects;

/**
 * The Official Account behind the modules' WeChat hooks: the one {@code wxkit.modules.account} names among
 * {@code wxkit.mp.accounts}, else the single account directly under {@code wxkit.mp}. An openid belongs to one
 * account, so every hook (follower check, template notices, QR codes) must use the same one.
 */
record ModuleAccount(String appId, WxMp mp) {
    static final String PROPERTY = "wxkit.modules.account";

    /** @param appId the account's appId; {@code null} for an application's own {@code WxMp} bean of unknown appId */
    ModuleAccount {
        Objects.requireNonNull(mp, "mp");
    }

    /** Whether a callback of {@code callbackAppId} is this account's (every one, when the appId is unknown). */
    boolean serves(String callbackAppId) {
        return appId == null || appId.equals(callbackAppId);
    }

    /**
     * @param name the value of {@code wxkit.modules.account}, or {@code null}
     * @param single the {@code WxMp} bean, or {@code null}
     * @throws WxPropertyException naming {@code wxkit.modules.account} when it names no configured account
     */
    static ModuleAccount resolve(String name, WxMp single, WxMpProperties accounts, WxMpRegistry registry) {
        if (name == null || name.isBlank()) {
            if (single == null) {
                throw new WxPropertyException(PROPERTY, "is required: several Official Accounts are configured");
            }
            String appId = accounts == null ? null : accounts.getAppId();
            return new ModuleAccount(registry != null && appId != null && registry.find(appId).orElse(null) == single
                    ? appId : null, single);
        }
        WxMpAccountProperties settings = accounts == null ? null : accounts.getAccounts().get(name.trim());
        if (settings == null || registry == null || registry.find(settings.getAppId()).isEmpty()) {
            throw new WxPropertyException(PROPERTY, "names no account under wxkit.mp.accounts (configured: "
                    + (accounts == null ? "none" : String.join(", ", accounts.getAccounts().keySet())) + ")");
        }
        return new ModuleAccount(settings.getAppId(), registry.get(settings.getAppId()));
    }
}
