package io.wxkit.pay;

import io.wxkit.pay.notification.NotificationsApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * The WeChat Pay merchants of a host that serves several (mchId → {@link WxPay}), each with its own
 * keys, platform keys, stores and pipeline; and the appids bound to them (an Official Account, a
 * mini program and an app may all pay into one mchid). There is no "current merchant": callers pick
 * one explicitly on every call.
 *
 * <pre>{@code
 * WxPayRegistry merchants = WxPayRegistry.of(shopPay, ticketPay);   // notify paths from each notifyUrl
 * merchants.registerAppId(shopPay.mchId(), miniProgramAppId);
 * merchants.get(mchId).refunds().create(request);
 * RoutedNotification r = merchants.parse(request.getRequestURI(), headers, body);
 * NotificationAnswer a = dedupOf(r.merchant().mchId()).handle(r.notification(), this::onNotification);
 * }</pre>
 *
 * <p>Notifications are routed by the notify URL path when it is one a merchant registered (its
 * builder's {@code notifyUrl}, or {@link #register(WxPay, String)}); otherwise each merchant whose
 * platform keys know {@code Wechatpay-Serial} tries it, and the one whose APIv3 key decrypts it and
 * whose {@code mchid} the resource names gets it. Every check of {@link NotificationsApi} applies;
 * a notification no merchant accepts is refused.
 *
 * <p>Thread-safe: merchants may be added and removed while others are in use. Closing the registry
 * closes every merchant it holds.
 */
public final class WxPayRegistry implements AutoCloseable {
    /** {@link WxPayException#code()} when no registered merchant verifies and decrypts a notification. */
    public static final String NO_MATCHING_MERCHANT = "NO_MATCHING_MERCHANT";

    private final Map<String, WxPay> merchants = new ConcurrentHashMap<>();
    private final Map<String, String> notifyPaths = new ConcurrentHashMap<>();
    private final Map<String, WxPay> apps = new ConcurrentHashMap<>();

    private WxPayRegistry() {}

    /**
     * An empty registry, e.g. {@code WxPayRegistry.create().register(shopPay, "/pay/notify/shop")}.
     *
     * @return a registry with no merchant
     */
    public static WxPayRegistry create() {
        return new WxPayRegistry();
    }

    /**
     * A registry holding {@code merchants}.
     *
     * @param merchants the merchants, each registered as by {@link #register(WxPay)}
     * @return the registry
     * @throws IllegalArgumentException if two share a mchId, an appid or a notify path
     */
    public static WxPayRegistry of(WxPay... merchants) {
        WxPayRegistry registry = new WxPayRegistry();
        for (WxPay pay : merchants) {
            registry.register(pay);
        }
        return registry;
    }

    /**
     * Adds a merchant, with its default appid and the path of its builder's {@code notifyUrl}.
     *
     * @param pay the merchant; closed when the registry is
     * @return this registry
     * @throws IllegalArgumentException if the mchId, appid or notify path is already registered
     */
    public WxPayRegistry register(WxPay pay) {
        return register(pay, pay.notifyUrl() == null ? null : HttpUrl.get(pay.notifyUrl()).encodedPath());
    }

    /**
     * Adds a merchant whose notifications arrive at {@code notifyPath} (e.g. {@code /pay/notify/1900000109}),
     * or {@code null} to route its notifications by {@code mchid} only.
     *
     * @param pay        the merchant; closed when the registry is
     * @param notifyPath the request path (no host, no query) its notifications are posted to, or {@code null}
     * @return this registry
     * @throws NullPointerException if {@code pay} is null
     * @throws IllegalArgumentException if the mchId, appid or notify path is already registered
     */
    public synchronized WxPayRegistry register(WxPay pay, String notifyPath) {
        Objects.requireNonNull(pay, "pay");
        if (merchants.containsKey(pay.mchId())) {
            throw new IllegalArgumentException("a merchant with mchId " + pay.mchId() + " is already registered");
        }
        if (notifyPath != null && notifyPaths.containsKey(notifyPath)) {
            throw new IllegalArgumentException("notify path " + notifyPath + " is already merchant " + notifyPaths.get(notifyPath) + "'s");
        }
        if (pay.appId() != null && apps.containsKey(pay.appId())) {
            throw new IllegalArgumentException("appid " + pay.appId() + " is already bound to merchant " + apps.get(pay.appId()).mchId());
        }
        merchants.put(pay.mchId(), pay);
        if (notifyPath != null) {
            notifyPaths.put(notifyPath, pay.mchId());
        }
        if (pay.appId() != null) {
            apps.put(pay.appId(), pay);
        }
        return this;
    }

    /**
     * Binds another appid to a registered merchant; {@link #forAppId} then returns the merchant with
     * that default appid ({@link WxPay#withAppId}).
     *
     * @param mchId a registered merchant's {@code mchid}
     * @param appId another {@code appid} bound to that merchant (a mini program, an app)
     * @return this registry
     * @throws NoSuchElementException   if {@code mchId} is not registered
     * @throws IllegalArgumentException if the appid is already bound
     */
    public synchronized WxPayRegistry registerAppId(String mchId, String appId) {
        WxPay pay = get(mchId);
        if (apps.containsKey(Objects.requireNonNull(appId, "appId"))) {
            throw new IllegalArgumentException("appid " + appId + " is already bound to merchant " + apps.get(appId).mchId());
        }
        apps.put(appId, appId.equals(pay.appId()) ? pay : pay.withAppId(appId));
        return this;
    }

    /**
     * The merchant of {@code mchId}.
     *
     * @param mchId the merchant's {@code mchid}, e.g. {@code "1900000109"}
     * @return the registered instance
     * @throws NoSuchElementException if no merchant has that mchId
     */
    public WxPay get(String mchId) {
        return find(mchId).orElseThrow(() -> new NoSuchElementException("no WeChat Pay merchant with mchId " + mchId
                + " is registered (known: " + mchIds() + ")"));
    }

    /**
     * The merchant of {@code mchId}, if registered.
     *
     * @param mchId the merchant's {@code mchid}
     * @return the merchant, or empty
     */
    public Optional<WxPay> find(String mchId) {
        return Optional.ofNullable(merchants.get(Objects.requireNonNull(mchId, "mchId")));
    }

    /**
     * The merchant {@code appId} pays into, with {@code appId} as its default appid.
     *
     * @param appId a default or {@link #registerAppId registered} appid
     * @return the merchant with {@code appId} as its default appid (the instance itself for its own default appid)
     * @throws NoSuchElementException if the appid is bound to no merchant
     */
    public WxPay forAppId(String appId) {
        WxPay pay = apps.get(Objects.requireNonNull(appId, "appId"));
        if (pay == null) {
            throw new NoSuchElementException("appid " + appId + " is bound to no registered merchant");
        }
        return pay;
    }

    /**
     * Removes and returns the merchant of {@code mchId} with its appids and notify path (not closed).
     *
     * @param mchId the merchant's {@code mchid}
     * @return the removed merchant (close it yourself), or empty if none was registered
     */
    public synchronized Optional<WxPay> remove(String mchId) {
        WxPay pay = merchants.remove(Objects.requireNonNull(mchId, "mchId"));
        notifyPaths.values().removeIf(mchId::equals);
        apps.values().removeIf(p -> p.mchId().equals(mchId));
        return Optional.ofNullable(pay);
    }

    /**
     * The registered mchIds, sorted.
     *
     * @return a sorted, unmodifiable snapshot
     */
    public Set<String> mchIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(merchants.keySet()));
    }

    /**
     * Verifies, decrypts and types a notification that arrived at {@code path}: the merchant
     * registered for that path parses it; for any other path (or {@code null}) it is routed by
     * {@code mchid} as {@link #parse(Map, String)} does.
     *
     * @param path    the request path the notification arrived at, e.g. {@code request.getRequestURI()}; may be null
     * @param headers the request's HTTP headers (names case-insensitive)
     * @param body    the request body exactly as received
     * @return the notification and the merchant that verified it
     * @throws WxPayException as {@link NotificationsApi#parse}, or {@link #NO_MATCHING_MERCHANT}
     */
    public RoutedNotification parse(String path, Map<String, String> headers, String body) {
        String mchId = path == null ? null : notifyPaths.get(path);
        WxPay pay = mchId == null ? null : merchants.get(mchId);
        if (pay != null) {
            return new RoutedNotification(pay, pay.notifications().parse(headers, body));
        }
        return parse(headers, body);
    }

    /**
     * Verifies, decrypts and types a notification, routed to the merchant whose platform key the
     * {@code Wechatpay-Serial} names, whose APIv3 key decrypts the resource, and whose mchid the
     * resource carries.
     *
     * @param headers the request's HTTP headers (names case-insensitive)
     * @param body    the request body exactly as received
     * @return the notification and the merchant that verified it
     * @throws WxPayException {@link #NO_MATCHING_MERCHANT} when no merchant holds the serial's key or
     *                        can decrypt it, otherwise as {@link NotificationsApi#parse} (a bad signature
     *                        under a known serial is refused at once)
     */
    public RoutedNotification parse(Map<String, String> headers, String body) {
        List<WxPayException> refusals = new ArrayList<>();
        for (WxPay pay : new TreeSet<>(merchants.keySet()).stream().map(merchants::get).filter(Objects::nonNull).toList()) {
            try {
                return new RoutedNotification(pay, pay.notifications().parse(headers, body));
            } catch (WxPayException e) {
                if (!notThisMerchant(e)) {
                    throw e;
                }
                refusals.add(e);
            }
        }
        WxPayException none = new WxPayException(0, NO_MATCHING_MERCHANT, "no registered merchant (" + mchIds()
                + ") verifies and decrypts this notification", null, null, null, 0, null);
        refusals.forEach(none::addSuppressed);
        throw none;
    }

    /** The refusals that mean "another merchant's notification": unknown key, wrong APIv3 key, other mchid. */
    private static boolean notThisMerchant(WxPayException e) {
        return switch (e.code()) {
            case "UNKNOWN_PLATFORM_SERIAL", "AEAD_TAG_MISMATCH", NotificationsApi.MCHID_MISMATCH -> true;
            default -> false;
        };
    }

    /** Closes and removes every merchant; a failure of one does not stop the others (the first is rethrown). */
    @Override
    public void close() {
        RuntimeException first = null;
        for (String mchId : new ArrayList<>(merchants.keySet())) {
            Optional<WxPay> pay = remove(mchId);
            try {
                pay.ifPresent(WxPay::close);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return "WxPayRegistry" + mchIds();
    }
}
