package io.wxkit.examples.wechat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two Official Accounts of the demo, as named in {@code wxkit.mp.accounts.<name>}: a subscription account
 * (订阅号: news, culture, votes) and a service account (服务号: OAuth, pay, template messages, customer service).
 * The app ids are the emulator's; with real WeChat they come from the environment.
 */
public final class DemoAccounts {
    /** {@code wxkit.mp.accounts.sub}: the subscription account. */
    public static final String SUBSCRIPTION = "sub";
    /** {@code wxkit.mp.accounts.svc}: the service account. */
    public static final String SERVICE = "svc";
    /** {@code wxkit.pay.merchants.demo}: the service account's merchant. */
    public static final String MERCHANT = "demo";

    static final String SUBSCRIPTION_APP_ID = "wxdemosub00000001";
    static final String SERVICE_APP_ID = "wxdemosvc00000001";
    static final String MCH_ID = "1900000109";
    /** Account name → the emulator's appId, in registration order (a LinkedHashMap: the order fixes the openids). */
    static final Map<String, String> APP_IDS = appIds();

    private DemoAccounts() {
    }

    private static Map<String, String> appIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(SUBSCRIPTION, SUBSCRIPTION_APP_ID);
        ids.put(SERVICE, SERVICE_APP_ID);
        return Collections.unmodifiableMap(ids);
    }
}
