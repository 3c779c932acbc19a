package io.wxkit.spring.mp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wxkit.mp.*}: one Official Account directly under the prefix, more under
 * {@code wxkit.mp.accounts.<name>.*}. Every configured account lands in the {@code WxMpRegistry} bean.
 */
@ConfigurationProperties(prefix = "wxkit.mp")
public class WxMpProperties extends WxMpAccountProperties {
    /** Further accounts by a name of your choice; each needs its own app-id and callback-path. */
    private final Map<String, WxMpAccountProperties> accounts = new LinkedHashMap<>();
    /** The largest callback body accepted; bigger ones are refused with 413 before they are parsed. */
    private int maxCallbackBytes = 64 * 1024;

    public Map<String, WxMpAccountProperties> getAccounts() { return accounts; }
    public int getMaxCallbackBytes() { return maxCallbackBytes; }
    public void setMaxCallbackBytes(int maxCallbackBytes) { this.maxCallbackBytes = maxCallbackBytes; }
}
