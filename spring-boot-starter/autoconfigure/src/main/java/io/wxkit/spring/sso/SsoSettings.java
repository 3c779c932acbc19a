package io.wxkit.spring.sso;

import io.wxkit.mp.WxMpRegistry;
import io.wxkit.spring.WxPropertyException;
import java.time.Duration;
import java.util.Base64;

/** Checks {@code wxkit.sso.*} before the broker is built; every refusal names the property, never its value. */
final class SsoSettings {
    static final int MIN_KEY_BYTES = 32;

    private SsoSettings() {
    }

    static byte[] masterKey(WxSsoProperties p) {
        String key = p.getMasterKey();
        if (key == null || key.isBlank()) {
            throw new WxPropertyException("wxkit.sso.master-key", "is required (Base64 of at least 32 random bytes:"
                    + " openssl rand -base64 32)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new WxPropertyException("wxkit.sso.master-key", "is not Base64 (openssl rand -base64 32 makes one)");
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new WxPropertyException("wxkit.sso.master-key", "decodes to " + bytes.length
                    + " bytes; at least " + MIN_KEY_BYTES + " random bytes are required");
        }
        return bytes;
    }

    static void validate(WxSsoProperties p) {
        String base = p.getBasePath();
        if (base == null || !base.matches("/[A-Za-z0-9._~/-]*[A-Za-z0-9._~-]")) {
            throw new WxPropertyException("wxkit.sso.base-path", "must be a path such as /sso (starting with '/',"
                    + " without a trailing '/')");
        }
        String url = p.getPublicBaseUrl();
        if (url == null || !url.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?") || url.endsWith("/")) {
            throw new WxPropertyException("wxkit.sso.public-base-url", "must be the broker's absolute http(s) URL"
                    + " without query or trailing '/', e.g. https://sso.example.com/sso");
        }
        if (!url.endsWith(base)) {
            throw new WxPropertyException("wxkit.sso.public-base-url", "must end with wxkit.sso.base-path (" + base
                    + "): it is where browsers reach the endpoints");
        }
        requirePositive("wxkit.sso.state-ttl", p.getStateTtl());
        requirePositive("wxkit.sso.session-lifetime", p.getSessionLifetime());
        Duration ticket = p.getTicketTtl();
        if (ticket == null || ticket.compareTo(Duration.ofSeconds(1)) < 0 || ticket.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new WxPropertyException("wxkit.sso.ticket-ttl", "must be between 1s and 10m");
        }
        if (p.getMaxBodyBytes() < 1024) {
            throw new WxPropertyException("wxkit.sso.max-body-bytes", "must be at least 1024");
        }
    }

    static String appId(WxSsoProperties p, WxMpRegistry registry) {
        if (p.getAppId() == null || p.getAppId().isBlank()) {
            if (registry.appIds().size() != 1) {
                throw new WxPropertyException("wxkit.sso.app-id",
                        "is required when several accounts are configured (one of " + registry.appIds() + ")");
            }
            return registry.appIds().iterator().next();
        }
        if (registry.find(p.getAppId()).isEmpty()) {
            throw new WxPropertyException("wxkit.sso.app-id", "names no configured account (configured: "
                    + registry.appIds() + ")");
        }
        return p.getAppId();
    }

    private static void requirePositive(String property, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new WxPropertyException(property, "must be a positive duration");
        }
    }
}
