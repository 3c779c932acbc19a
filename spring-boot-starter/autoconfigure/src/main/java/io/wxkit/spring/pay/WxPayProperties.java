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

    public Map<String, WxPayMerchantProperties> getMerchants() { return merchants; }
    public String getNotifyPath() { return notifyPath; }
    public void setNotifyPath(String notifyPath) { this.notifyPath = notifyPath; }
    public int getMaxNotificationBytes() { return maxNotificationBytes; }
    public void setMaxNotificationBytes(int maxNotificationBytes) { this.maxNotificationBytes = maxNotificationBytes; }
}
