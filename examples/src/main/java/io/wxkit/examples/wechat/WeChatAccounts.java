package io.wxkit.examples.wechat;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.WxMpRegistry;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's two accounts by name ({@code sub}, {@code svc}) rather than by appId, since the appIds differ between
 * the emulator and real WeChat ({@code wxkit.mp.accounts.<name>.app-id}), and where pages link to.
 */
@Component
public class WeChatAccounts {
    private final WxMpRegistry registry;
    private final String subAppId;
    private final String svcAppId;
    private final String publicBaseUrl;

    WeChatAccounts(WxMpRegistry registry, Environment env) {
        this.registry = registry;
        this.subAppId = env.getRequiredProperty("wxkit.mp.accounts." + DemoAccounts.SUBSCRIPTION + ".app-id");
        this.svcAppId = env.getRequiredProperty("wxkit.mp.accounts." + DemoAccounts.SERVICE + ".app-id");
        String base = env.getProperty("examples.public-base-url",
                "http://127.0.0.1:" + env.getProperty("server.port", "8080"));
        this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The service account (menu, OAuth, customer service, pay). */
    public WxMp service() {
        return registry.get(svcAppId);
    }

    /** The subscription account. */
    public WxMp subscription() {
        return registry.get(subAppId);
    }

    /** The account named {@code name} ({@code sub} or {@code svc}). */
    public WxMp byName(String name) {
        return registry.get(appIdOf(name));
    }

    public String appIdOf(String name) {
        return switch (name) {
            case DemoAccounts.SUBSCRIPTION -> subAppId;
            case DemoAccounts.SERVICE -> svcAppId;
            default -> throw new IllegalArgumentException("no demo account " + name + " (sub or svc)");
        };
    }

    /** The account that received a callback, from the appId {@link AccountInContext} put into the context. */
    public Optional<WxMp> byAppId(String appId) {
        return registry.find(appId);
    }

    /** An absolute URL of this app for {@code path} (links in WeChat messages and menus must be absolute). */
    public String url(String path) {
        return publicBaseUrl + path;
    }
}
