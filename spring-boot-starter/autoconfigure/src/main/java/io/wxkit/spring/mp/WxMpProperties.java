package io.wxkit.spring.mp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wxkit.mp.*}: one Official Account directly under the prefix, more under
 * {@code wxkit.mp.accounts.<name>.*}. Every configured account lands in the {@code WxMpRegistry} bean, and
 * the one directly under the prefix (present when {@code wxkit.mp.app-id} is set) is also the {@code WxMp}
 * bean. The minimum is {@code wxkit.mp.app-id} and {@code wxkit.mp.secret}; {@code wxkit.mp.token} adds the
 * callback endpoint.
 */
@ConfigurationProperties(prefix = "wxkit.mp")
public class WxMpProperties extends WxMpAccountProperties {
    /** Further accounts by a name of your choice; each needs its own app-id and callback-path. */
    private final Map<String, WxMpAccountProperties> accounts = new LinkedHashMap<>();
    /** The largest callback body accepted; bigger ones are refused with 413 before they are parsed. */
    private int maxCallbackBytes = 64 * 1024;

    /**
     * {@code wxkit.mp.accounts.<name>.*}: further accounts, by a name of your choice, in the order written;
     * each takes every property of {@link WxMpAccountProperties} and needs its own {@code app-id} (and
     * {@code callback-path}, which defaults to {@code /wx/callback/<name>}). Bound in place, so it has no
     * setter.
     *
     * @return the accounts by name, empty when none is configured
     */
    public Map<String, WxMpAccountProperties> getAccounts() { return accounts; }

    /**
     * {@code wxkit.mp.max-callback-bytes}: the largest callback body accepted, in bytes, for every account;
     * a longer one is answered 413 before it is parsed (by its {@code Content-Length}, or after reading one
     * byte past the limit). Default 65536 (64 KiB).
     *
     * @return the limit in bytes
     */
    public int getMaxCallbackBytes() { return maxCallbackBytes; }

    /**
     * Binds {@code wxkit.mp.max-callback-bytes} (see {@link #getMaxCallbackBytes()}).
     *
     * @param maxCallbackBytes the limit in bytes
     */
    public void setMaxCallbackBytes(int maxCallbackBytes) { this.maxCallbackBytes = maxCallbackBytes; }
}
