package io.wxkit.sso;

import io.wxkit.sso.error.SsoException;

import io.wxkit.core.ratelimit.InMemoryRateLimiter;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.CaffeineTicketStore;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.oauth.OAuthApi;
import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.binding.AdminProofVerifier;
import io.wxkit.sso.binding.Bindings;
import io.wxkit.sso.binding.HttpProofVerifier;
import io.wxkit.sso.binding.ProofVerifier;
import io.wxkit.sso.broker.BrokerHttp;
import io.wxkit.sso.broker.BrokerSettings;
import io.wxkit.sso.broker.Identity;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.client.SecretHasher;
import io.wxkit.sso.internal.Db;
import io.wxkit.sso.internal.Secrets;
import io.wxkit.sso.session.Sessions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.jdbi.v3.core.Jdbi;

/**
 * The SSO broker of the organisation's "dedicated platform": business systems register as clients, WeChat
 * users bind their openid to accounts there, and open those systems from WeChat without a password — the
 * broker runs WeChat OAuth, hands the system a single-use ticket, and the system redeems it
 * server-to-server for the identity and bound account.
 *
 * <pre>{@code
 * SsoBroker sso = SsoBroker.builder().dataSource(ds).mp(mp).publicBaseUrl("https://sso.example.com/sso")
 *         .masterKey(key).build();
 * BrokerResponse r = sso.http().handle(request);
 * }</pre>
 *
 * <p>Building migrates the schema (Flyway, history table {@code wxkit_sso_schema_history}). Immutable and
 * thread-safe: build one per application and share it.
 */
public final class SsoBroker {
    private final ClientRegistry clients;
    private final Bindings bindings;
    private final Sessions sessions;
    private final AuditLog audit;
    private final BrokerHttp http;

    private SsoBroker(Builder b) {
        Jdbi jdbi = Db.migrate(b.dataSource);
        this.audit = new AuditLog(jdbi, b.clock, b.random);
        this.clients = new ClientRegistry(jdbi, audit, b.hasher, Secrets.derive(b.masterKey, "signing"), b.clock,
                b.random);
        this.sessions = new Sessions(jdbi, audit, b.clock, b.random, b.sessionLifetime);
        List<ProofVerifier> verifiers = new ArrayList<>(b.verifiers);
        verifiers.add(new AdminProofVerifier());
        verifiers.add(new HttpProofVerifier(b.httpClient, clients::signingKeyBytes, b.clock, b.random));
        this.bindings = new Bindings(jdbi, clients, sessions, audit, verifiers, b.clock);
        this.http = new BrokerHttp(new BrokerSettings(clients, bindings, sessions, audit, b.oauth, b.ticketStore,
                b.rateLimiter, b.masterKey, b.publicBaseUrl, b.clock, b.random, b.ticketTtl, b.stateTtl,
                b.failuresPerClient, b.failuresPerIp, b.failureWindow));
    }

    /**
     * A builder; {@code dataSource}, {@code mp} (or {@code oauth}), {@code publicBaseUrl} and {@code masterKey} are required.
     *
     * @return a new builder with the defaults of the table in docs/guide/sso.md
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The client registry (register, rotate, disable, list).
     *
     * @return the broker's registry, e.g. {@code sso.clients().register(ClientRegistration.of("crm", "CRM", uris), "admin:alice")}
     */
    public ClientRegistry clients() {
        return clients;
    }

    /**
     * Identity bindings (bind, look up, list, unbind, import, unsubscribe rule).
     *
     * @return the broker's bindings, e.g. {@code sso.bindings().find("crm", openid)}
     */
    public Bindings bindings() {
        return bindings;
    }

    /**
     * SSO sessions (introspect, revoke).
     *
     * @return the broker's sessions, e.g. {@code sso.sessions().active("crm", sessionId)}
     */
    public Sessions sessions() {
        return sessions;
    }

    /**
     * The audit trail.
     *
     * @return the broker's audit log, e.g. {@code sso.audit().forClient("crm", 50)}
     */
    public AuditLog audit() {
        return audit;
    }

    /**
     * The framework-free HTTP side (authorize, callback, redeem, bind, introspect, logout).
     *
     * @return the endpoint handler to mount under {@code publicBaseUrl}: {@code sso.http().handle(request)}
     */
    public BrokerHttp http() {
        return http;
    }

    /**
     * Redeems a ticket (the Java twin of {@code POST /redeem}).
     *
     * @param clientId     the business system's {@code client_id}
     * @param clientSecret its secret, as issued by {@link ClientRegistry#register} or {@code rotateSecret}
     * @param ticket       the {@code ticket} query parameter the browser brought back (single use, 60 s by default)
     * @param callerIp     the business system's IP, for the failure limits; null when unknown
     * @return who the user is: bound (with the account and an SSO session) or unbound (with a binding token)
     * @throws io.wxkit.sso.error.SsoException {@code invalid_client}, {@code rate_limited}, {@code invalid_ticket},
     *     {@code ticket_expired}
     */
    public Identity redeem(String clientId, String clientSecret, String ticket, String callerIp) {
        return http.redeem(clientId, clientSecret, ticket, callerIp);
    }

    @Override
    public String toString() {
        return "SsoBroker[clients=" + clients.list().size() + "]";
    }

    /** Builds an {@link SsoBroker}; options are validated by {@link #build()}. */
    public static final class Builder {
        private DataSource dataSource;
        private OAuthApi oauth;
        private String publicBaseUrl;
        private byte[] masterKey;
        private TicketStore ticketStore;
        private RateLimiter rateLimiter;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;
        private Duration ticketTtl = Duration.ofSeconds(60);
        private Duration stateTtl = Duration.ofMinutes(10);
        private Duration sessionLifetime = Duration.ofHours(8);
        private SecretHasher hasher = SecretHasher.owaspDefault();
        private int failuresPerClient = 10;
        private int failuresPerIp = 20;
        private Duration failureWindow = Duration.ofMinutes(1);
        private OkHttpClient httpClient;
        private final List<ProofVerifier> verifiers = new ArrayList<>();

        private Builder() {
        }

        /**
         * The SSO database (H2, PostgreSQL, MariaDB/MySQL); the schema is migrated on {@link #build()}.
         *
         * @param dataSource a pooled data source; its user may create tables (Flyway, history table {@code wxkit_sso_schema_history})
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * The Official Account whose web authorization identifies users.
         *
         * @param mp the account; its {@code oauth()} is used
         * @return this builder
         */
        public Builder mp(WxMp mp) {
            this.oauth = mp.oauth();
            return this;
        }

        /**
         * The web authorization to use directly (instead of {@link #mp}).
         *
         * @param oauth the web authorization API of the account
         * @return this builder
         */
        public Builder oauth(OAuthApi oauth) {
            this.oauth = Objects.requireNonNull(oauth, "oauth");
            return this;
        }

        /**
         * The broker's public URL as browsers and business systems reach it, without trailing slash, e.g.
         * {@code https://sso.example.com/sso}: {@code <it>/callback} must be on the account's OAuth domain.
         *
         * @param url an absolute http(s) URL without query, fragment or trailing slash
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         */
        public Builder publicBaseUrl(String url) {
            this.publicBaseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * The master key (≥ 32 random bytes, kept secret): signs state cookies, derives signing keys.
         *
         * @param key at least 32 random bytes from the secret store; changing it invalidates every signing key and open state
         * @return this builder
         */
        public Builder masterKey(byte[] key) {
            this.masterKey = Objects.requireNonNull(key, "key").clone();
            return this;
        }

        /**
         * Where tickets, states and binding tokens live; in-memory by default, {@code RedisTicketStore} for clusters.
         *
         * @param store the store shared by every broker node
         * @return this builder
         */
        public Builder ticketStore(TicketStore store) {
            this.ticketStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Counts failed client authentications; in-memory by default, {@code RedisRateLimiter} for clusters.
         *
         * @param limiter the counter shared by every broker node
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter limiter) {
            this.rateLimiter = Objects.requireNonNull(limiter, "limiter");
            return this;
        }

        /**
         * The clock (ticket expiry, cookies, audit times).
         *
         * @param clock default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The random source of secrets, tickets and states (a DRBG {@code SecureRandom} by default).
         *
         * @param random a cryptographically strong source
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Ticket lifetime, 60 s by default (1 s .. 10 min).
         *
         * @param ttl 1 second to 10 minutes ({@link #build()} checks)
         * @return this builder
         * @throws NullPointerException if {@code ttl} is null
         */
        public Builder ticketTtl(Duration ttl) {
            this.ticketTtl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        /**
         * How long a started authorization (state cookie) may take, 10 minutes by default.
         *
         * @param ttl how long the user may take between {@code /authorize} and WeChat's callback
         * @return this builder
         * @throws NullPointerException if {@code ttl} is null
         */
        public Builder stateTtl(Duration ttl) {
            this.stateTtl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        /**
         * SSO session lifetime, 8 hours by default.
         *
         * @param lifetime from the bound redemption to the session's end
         * @return this builder
         */
        public Builder sessionLifetime(Duration lifetime) {
            this.sessionLifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /**
         * Argon2id cost for client secrets ({@link SecretHasher#owaspDefault()} by default).
         *
         * @param hasher the Argon2id parameters new and rotated secrets are hashed with
         * @return this builder
         */
        public Builder secretHasher(SecretHasher hasher) {
            this.hasher = Objects.requireNonNull(hasher, "hasher");
            return this;
        }

        /**
         * Failed client authentications allowed per client and per IP in each {@code window} (10, 20, 1 min).
         *
         * @param perClient failed authentications allowed per {@code client_id} in a window before {@code rate_limited}
         * @param perIp     failed authentications allowed per caller IP in a window
         * @param window    the counting window
         * @return this builder
         * @throws IllegalArgumentException if a limit or the window is not positive
         */
        public Builder failureLimits(int perClient, int perIp, Duration window) {
            if (perClient < 1 || perIp < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("limits and window must be positive");
            }
            this.failuresPerClient = perClient;
            this.failuresPerIp = perIp;
            this.failureWindow = window;
            return this;
        }

        /**
         * The HTTP client of the HTTP proof verifier (a default OkHttp client with 3 s timeouts otherwise).
         *
         * @param client the client of the business systems' {@code verifyUrl} calls
         * @return this builder
         */
        public Builder httpClient(OkHttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Adds a proof verifier, consulted before the built-in admin and HTTP verifiers.
         *
         * @param verifier a verifier for a proof type of your own
         * @return this builder
         */
        public Builder proofVerifier(ProofVerifier verifier) {
            this.verifiers.add(Objects.requireNonNull(verifier, "verifier"));
            return this;
        }

        /**
         * Validates the options, migrates the schema and builds the broker.
         *
         * @return the broker, ready to serve
         * @throws IllegalStateException naming the first missing or invalid option
         */
        public SsoBroker build() {
            require(dataSource != null, "dataSource is required (SsoBroker.builder().dataSource(..))");
            require(oauth != null, "mp or oauth is required (SsoBroker.builder().mp(..))");
            require(publicBaseUrl != null && publicBaseUrl.matches("https?://[^?#]+") && !publicBaseUrl.endsWith("/"),
                    "publicBaseUrl must be an absolute http(s) URL without query or trailing slash");
            require(masterKey != null && masterKey.length >= 32, "masterKey must be at least 32 bytes");
            require(!ticketTtl.isNegative() && ticketTtl.compareTo(Duration.ofSeconds(1)) >= 0
                    && ticketTtl.compareTo(Duration.ofMinutes(10)) <= 0, "ticketTtl must be 1 s .. 10 min");
            if (random == null) {
                random = newRandom();
            }
            if (ticketStore == null) {
                ticketStore = CaffeineTicketStore.create();
            }
            if (rateLimiter == null) {
                rateLimiter = InMemoryRateLimiter.create(clock);
            }
            if (httpClient == null) {
                httpClient = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(3))
                        .readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(5)).build();
            }
            return new SsoBroker(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalStateException(message);
            }
        }

        private static SecureRandom newRandom() {
            try {
                return SecureRandom.getInstance("DRBG");
            } catch (java.security.NoSuchAlgorithmException e) {
                return new SecureRandom();
            }
        }
    }
}
