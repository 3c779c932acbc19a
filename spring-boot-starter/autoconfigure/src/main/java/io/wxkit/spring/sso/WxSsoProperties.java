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

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getBasePath() { return basePath; }
    public void setBasePath(String basePath) { this.basePath = basePath; }
    public String getPublicBaseUrl() { return publicBaseUrl; }
    public void setPublicBaseUrl(String publicBaseUrl) { this.publicBaseUrl = publicBaseUrl; }
    public String getMasterKey() { return masterKey; }
    public void setMasterKey(String masterKey) { this.masterKey = masterKey; }
    public String getAppId() { return appId; }
    public void setAppId(String appId) { this.appId = appId; }
    public Duration getTicketTtl() { return ticketTtl; }
    public void setTicketTtl(Duration ticketTtl) { this.ticketTtl = ticketTtl; }
    public Duration getStateTtl() { return stateTtl; }
    public void setStateTtl(Duration stateTtl) { this.stateTtl = stateTtl; }
    public Duration getSessionLifetime() { return sessionLifetime; }
    public void setSessionLifetime(Duration sessionLifetime) { this.sessionLifetime = sessionLifetime; }
    public int getMaxBodyBytes() { return maxBodyBytes; }
    public void setMaxBodyBytes(int maxBodyBytes) { this.maxBodyBytes = maxBodyBytes; }

    /** Keeps the master key out of logs and failure analyses. */
    @Override
    public String toString() {
        return "WxSsoProperties[enabled=" + enabled + ", basePath=" + basePath + ", publicBaseUrl=" + publicBaseUrl
                + ", masterKey=***]";
    }
}
