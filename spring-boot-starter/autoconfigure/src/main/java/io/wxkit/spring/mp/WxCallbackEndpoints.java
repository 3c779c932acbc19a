package io.wxkit.spring.mp;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.mp.callback.CallbackBuilder;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The callback handler of every configured account, by callback path. The handlers are built once all
 * singletons exist, so every {@code Rule} bean and annotated handler method is in: {@code Rule} beans
 * first (in their {@code @Order}), then annotated methods, then each {@link WxCallbackCustomizer}. Only
 * accounts with a callback Token ({@code token}) get a handler. The handlers are closed with the context.
 *
 * <p>A bean of {@link WxMpAutoConfiguration}; the lookups are safe for concurrent use. The public
 * {@code afterSingletonsInstantiated()} and {@code destroy()} are Spring's lifecycle callbacks: applications
 * must not call them.
 */
public final class WxCallbackEndpoints implements SmartInitializingSingleton, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(WxCallbackEndpoints.class);

    private final MpAccounts accounts;
    private final List<Rule<?>> ruleBeans;
    private final HandlerMethodCollector methods;
    private final List<WxCallbackCustomizer> customizers;
    private final DedupStore dedupStore;
    private volatile Map<String, CallbackHandler> byPath = Map.of();

    WxCallbackEndpoints(MpAccounts accounts, List<Rule<?>> ruleBeans, HandlerMethodCollector methods,
                        List<WxCallbackCustomizer> customizers, DedupStore dedupStore) {
        this.accounts = accounts;
        this.ruleBeans = List.copyOf(ruleBeans);
        this.methods = methods;
        this.customizers = List.copyOf(customizers);
        this.dedupStore = dedupStore;
    }

    /**
     * Builds every account's handler; Spring calls it once, after every singleton exists. Not for
     * applications.
     */
    @Override
    public void afterSingletonsInstantiated() {
        Map<String, CallbackHandler> handlers = new LinkedHashMap<>();
        for (MpAccount account : accounts.all()) {
            if (account.settings().getToken() == null) {
                continue; // an account without a callback Token receives no pushes
            }
            handlers.put(account.callbackPath(), build(account));
        }
        byPath = Map.copyOf(handlers);
    }

    private CallbackHandler build(MpAccount account) {
        String appId = account.settings().getAppId();
        CallbackBuilder b = account.mp().callback().dedupStore(dedupStore);
        if (account.settings().getCallbackMode() != null) {
            b.mode(account.settings().getCallbackMode());
        }
        ruleBeans.forEach(b::rule);
        int annotated = 0;
        for (AccountRule r : methods.rules()) {
            if (r.serves(appId)) {
                b.rule(r.rule());
                annotated++;
            }
        }
        customizers.forEach(c -> c.customize(appId, b));
        LOG.info("wxkit callback for {} at {}: {} rule beans, {} annotated handlers", appId,
                account.callbackPath(), ruleBeans.size(), annotated);
        return b.build();
    }

    /**
     * The handler serving {@code path}, if an account with a callback Token is configured there. Empty
     * before the context has finished starting.
     *
     * @param path a callback path as configured, e.g. {@code /wx/callback}
     * @return the handler, or empty
     */
    public Optional<CallbackHandler> handler(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * The callback paths served (one per account that has a callback Token).
     *
     * @return an unmodifiable set, empty before the context has finished starting
     */
    public java.util.Set<String> paths() {
        return byPath.keySet();
    }

    /** Closes every handler; Spring calls it when the context closes. Not for applications. */
    @Override
    public void destroy() {
        byPath.values().forEach(CallbackHandler::close);
    }
}
