package io.wxkit.spring.pay;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code wxkit.pay.*}: one merchant directly under the prefix, more under {@code wxkit.pay.merchants.<name>.*}. */
@ConfigurationProperties(prefix = "wxkit.pay")
public class WxPayProperties extends WxPayMerchantProperties {
    /** Further merchants by a name of your choice; each lands in the {@code WxPayRegistry} bean. */
    private final Map<String, WxPayMerchantProperties> merchants = new LinkedHashMap<>();
    /** The path of the notification endpoint, beside the paths of every configured notify-url and refund-notify-url. */
    private String notifyPath = "/wx/pay/notify";
    /** The largest notification body accepted; bigger ones are refused with 413. */
    private int maxNotificationBytes = 64 * 1024;

    /**
     * {@code wxkit.pay.merchants.<name>.*}: further merchants, by a name of your choice, in the order written;
     * each takes every property of {@link WxPayMerchantProperties} and lands in the {@code WxPayRegistry}
     * bean. Bound in place, so it has no setter.
     *
     * @return the merchants by name, empty when none is configured
     */
    public Map<String, WxPayMerchantProperties> getMerchants() { return merchants; }

    /**
     * {@code wxkit.pay.notify-path}: a path served by the notification endpoint besides the paths of every
     * configured {@code notify-url} and {@code refund-notify-url}; default {@code /wx/pay/notify}.
     *
     * @return the path
     */
    public String getNotifyPath() { return notifyPath; }

    /**
     * Binds {@code wxkit.pay.notify-path} (see {@link #getNotifyPath()}).
     *
     * @param notifyPath the path, starting with {@code /}
     */
    public void setNotifyPath(String notifyPath) { this.notifyPath = notifyPath; }

    /**
     * {@code wxkit.pay.max-notification-bytes}: the largest notification body accepted, in bytes; a longer one
     * is answered 413 before it is read. Default 65536 (64 KiB).
     *
     * @return the limit in bytes
     */
    public int getMaxNotificationBytes() { return maxNotificationBytes; }

    /**
     * Binds {@code wxkit.pay.max-notification-bytes} (see {@link #getMaxNotificationBytes()}).
     *
     * @param maxNotificationBytes the limit in bytes
     */
    public void setMaxNotificationBytes(int maxNotificationBytes) { this.maxNotificationBytes = maxNotificationBytes; }
}
