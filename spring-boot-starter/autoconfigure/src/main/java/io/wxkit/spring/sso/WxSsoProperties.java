package io.wxkit.spring.sso;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wxkit.sso.*}: the SSO broker of sdk-sso served by this application under {@link #getBasePath()}, on the
 * application's {@code DataSource} (its own Flyway history table, {@code wxkit_sso_schema_history}).
 */
@ConfigurationProperties(prefix = "wxkit.sso")
public class WxSsoProperties {
    /** Turns the broker on: creates its tables and serves its endpoints (off by default). */
    private boolean enabled;
    /** Where the endpoints are served, relative to the context path: {@code <base-path>/authorize}, {@code /redeem}, ... */
    private String basePath = "/sso";
    /**
     * The broker's URL as browsers and business systems reach it, ending with the context path and
     * {@link #basePath}, e.g. {@code https://sso.example.com/sso}. WeChat redirects to {@code <public-base-url>/callback}.
     */
    private String publicBaseUrl;
    /**
     * The master key: Base64 of at least 32 random bytes ({@code openssl rand -base64 32}), from your secret store.
     * Signs state cookies and derives the clients' signing keys; changing it invalidates them. Never logged.
     */
    private String masterKey;
    /** The appId of the account whose web authorization identifies users; needed only with several accounts. */
    private String appId;
    /** Ticket lifetime (1 s to 10 min). */
    private Duration ticketTtl = Duration.ofSeconds(60);
    /** How long a started authorization (its state cookie) stays valid. */
    private Duration stateTtl = Duration.ofMinutes(10);
    /** Lifetime of an SSO session opened by a bound redemption. */
    private Duration sessionLifetime = Duration.ofHours(8);
    /** The largest request body accepted; bigger ones are refused with 413 before they are read. */
    private int maxBodyBytes = 16 * 1024;

    /**
     * {@code wxkit.sso.enabled}: turns the broker on: at startup its tables are created on the application's
     * {@code DataSource} and the other {@code wxkit.sso.*} settings are checked, and its endpoints are served.
     * Default {@code false}.
     *
     * @return whether the broker runs
     */
    public boolean isEnabled() { return enabled; }

    /**
     * Binds {@code wxkit.sso.enabled} (see {@link #isEnabled()}).
     *
     * @param enabled {@code true} to run the broker
     */
    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    /**
     * {@code wxkit.sso.base-path}: where the endpoints are served, relative to the context path: {@code
     * <base-path>/authorize}, {@code <base-path>/redeem}, ...; a path starting with {@code /} and without a
     * trailing {@code /}, default {@code /sso}.
     *
     * @return the base path
     */
    public String getBasePath() { return basePath; }

    /**
     * Binds {@code wxkit.sso.base-path} (see {@link #getBasePath()}).
     *
     * @param basePath the base path
     */
    public void setBasePath(String basePath) { this.basePath = basePath; }

    /**
     * {@code wxkit.sso.public-base-url}: the broker's absolute {@code http(s)} URL as browsers and business
     * systems reach it, without query or trailing {@code /}, ending with the context path and {@code
     * base-path}, e.g. {@code https://sso.example.com/sso}. WeChat redirects to {@code
     * <public-base-url>/callback}. Required.
     *
     * @return the public URL, or {@code null} when not set
     */
    public String getPublicBaseUrl() { return publicBaseUrl; }

    /**
     * Binds {@code wxkit.sso.public-base-url} (see {@link #getPublicBaseUrl()}).
     *
     * @param publicBaseUrl the public URL
     */
    public void setPublicBaseUrl(String publicBaseUrl) { this.publicBaseUrl = publicBaseUrl; }

    /**
     * {@code wxkit.sso.master-key}: the master key: Base64 of at least 32 random bytes ({@code openssl rand
     * -base64 32}), from your secret store. It signs state cookies and derives the clients' signing keys, so
     * changing it invalidates them. Required. A secret: never logged, and left out of {@link #toString()}.
     *
     * @return the Base64 key, or {@code null} when not set
     */
    public String getMasterKey() { return masterKey; }

    /**
     * Binds {@code wxkit.sso.master-key} (see {@link #getMasterKey()}).
     *
     * @param masterKey the Base64 key
     */
    public void setMasterKey(String masterKey) { this.masterKey = masterKey; }

    /**
     * {@code wxkit.sso.app-id}: the AppID of the Official Account whose web authorization identifies users; it
     * must be a configured account. Needed only when several accounts are configured; with one, that one is
     * used.
     *
     * @return the AppID, or {@code null} for the only account
     */
    public String getAppId() { return appId; }

    /**
     * Binds {@code wxkit.sso.app-id} (see {@link #getAppId()}).
     *
     * @param appId the AppID
     */
    public void setAppId(String appId) { this.appId = appId; }

    /**
     * {@code wxkit.sso.ticket-ttl}: how long a ticket can be redeemed after it was issued; 1 second to 10
     * minutes, default 60 seconds.
     *
     * @return the ticket lifetime
     */
    public Duration getTicketTtl() { return ticketTtl; }

    /**
     * Binds {@code wxkit.sso.ticket-ttl} (see {@link #getTicketTtl()}).
     *
     * @param ticketTtl the ticket lifetime, 1 second to 10 minutes
     */
    public void setTicketTtl(Duration ticketTtl) { this.ticketTtl = ticketTtl; }

    /**
     * {@code wxkit.sso.state-ttl}: how long a started authorization (its signed state cookie) stays valid;
     * positive, default 10 minutes.
     *
     * @return the state lifetime
     */
    public Duration getStateTtl() { return stateTtl; }

    /**
     * Binds {@code wxkit.sso.state-ttl} (see {@link #getStateTtl()}).
     *
     * @param stateTtl the state lifetime, positive
     */
    public void setStateTtl(Duration stateTtl) { this.stateTtl = stateTtl; }

    /**
     * {@code wxkit.sso.session-lifetime}: the lifetime of an SSO session opened by a bound redemption;
     * positive, default 8 hours.
     *
     * @return the session lifetime
     */
    public Duration getSessionLifetime() { return sessionLifetime; }

    /**
     * Binds {@code wxkit.sso.session-lifetime} (see {@link #getSessionLifetime()}).
     *
     * @param sessionLifetime the session lifetime, positive
     */
    public void setSessionLifetime(Duration sessionLifetime) { this.sessionLifetime = sessionLifetime; }

    /**
     * {@code wxkit.sso.max-body-bytes}: the largest request body accepted, in bytes; a longer one is answered
     * 413 before it is read. At least 1024, default 16384 (16 KiB).
     *
     * @return the limit in bytes
     */
    public int getMaxBodyBytes() { return maxBodyBytes; }

    /**
     * Binds {@code wxkit.sso.max-body-bytes} (see {@link #getMaxBodyBytes()}).
     *
     * @param maxBodyBytes the limit in bytes, at least 1024
     */
    public void setMaxBodyBytes(int maxBodyBytes) { this.maxBodyBytes = maxBodyBytes; }

    /** Keeps the master key out of logs and failure analyses. */
    @Override
    public String toString() {
        return "WxSsoProperties[enabled=" + enabled + ", basePath=" + basePath + ", publicBaseUrl=" + publicBaseUrl
                + ", masterKey=***]";
    }
}
