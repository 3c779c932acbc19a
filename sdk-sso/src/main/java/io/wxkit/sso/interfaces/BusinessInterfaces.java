package io.wxkit.sso.interfaces;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.mp.callback.Rule;
import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.binding.Bindings;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.internal.Db;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.jdbi.v3.core.Jdbi;

/**
 * Business interfaces (统一消息交互 / 业务系统逻辑处理): WeChat input into the organisation's business
 * systems by configuration. The {@link #registry()} holds what administrators configure; the
 * {@link #rule()} plugs it into the callback handler, reloading when the registry changes.
 *
 * <pre>{@code
 * BusinessInterfaces bi = BusinessInterfaces.builder().dataSource(ds).sso(sso.clients(), sso.bindings(), sso.audit())
 *         .ssoBaseUrl("https://sso.example.com/sso").build();
 * CallbackHandler callback = mp.callback().rule(bi.rule()).build();
 * }</pre>
 *
 * <p>Building migrates the SSO schema (the interface tables come with it). Immutable and thread-safe.
 */
public final class BusinessInterfaces {
    private final InterfaceRegistry registry;
    private final InterfaceRouter router;
    private final InterfaceDispatch dispatch;

    private BusinessInterfaces(Builder b) {
        Jdbi jdbi = Db.migrate(b.dataSource);
        InterfaceRows rows = new InterfaceRows(jdbi);
        this.registry = new InterfaceRegistry(rows, b.clients, b.audit, b.clock, b.random);
        this.router = new InterfaceRouter(rows, b.reloadInterval, b.nanoTime);
        registry.onChange(router::reloadAfterChange);
        this.dispatch = new InterfaceDispatch(router, b.clients, b.bindings, b.audit,
                new BusinessCall(b.http, b.clock, b.random, b.requireSignedAnswers), b.ssoBaseUrl);
    }

    /**
     * A builder; {@code dataSource}, {@code sso} and {@code ssoBaseUrl} are required.
     *
     * @return a new builder, reload interval 2 s, signed answers required
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The registry administrators change.
     *
     * @return the registry, e.g. {@code bi.registry().create(spec, "admin:alice")}
     */
    public InterfaceRegistry registry() {
        return registry;
    }

    /**
     * The callback rule: matches a text, menu click or QR scan against the enabled interfaces (first by
     * position wins) and answers with the business system's templated reply. The rule is async: a system
     * slower than the callback's reply budget answers late, as a customer-service message.
     *
     * @return the rule, e.g. {@code mp.callback().rule(bi.rule()).build()}
     */
    public Rule<InboundMessage> rule() {
        return Rule.on(InboundMessage.class).when(m -> router.match(m) != null).async()
                .handle((m, context) -> answer(m));
    }

    /**
     * What the rule answers to {@code m}: the reply, or {@code null} when no enabled interface matches. The
     * business system is called (and the call audited) exactly as for a real message, but nothing is sent to
     * WeChat: an administrator's "try it" box shows this reply instead of delivering it.
     *
     * @param m the message as the callback would receive it
     * @return the reply the user would get, or null
     */
    public io.wxkit.core.message.Reply answer(InboundMessage m) {
        return dispatch.handle(m);
    }

    /**
     * The enabled interfaces the rule routes to right now, in order (after a reload check).
     *
     * @return the enabled interfaces, in routing order
     */
    public java.util.List<BusinessInterface> active() {
        return router.active();
    }

    @Override
    public String toString() {
        return "BusinessInterfaces[" + router.active().size() + " active]";
    }

    /** Builds {@link BusinessInterfaces}; {@link #build()} validates. */
    public static final class Builder {
        private DataSource dataSource;
        private ClientRegistry clients;
        private Bindings bindings;
        private AuditLog audit;
        private String ssoBaseUrl;
        private OkHttpClient http;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();
        private Duration reloadInterval = Duration.ofSeconds(2);
        private LongSupplier nanoTime = System::nanoTime;
        private boolean requireSignedAnswers = true;

        private Builder() {
        }

        /**
         * The SSO database (the broker's).
         *
         * @param dataSource the broker's SSO database (this module adds its tables)
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * The broker's clients, bindings and audit trail ({@code sso.clients(), sso.bindings(), sso.audit()}).
         *
         * @param clients  {@code sso.clients()}: the business systems interfaces may call
         * @param bindings {@code sso.bindings()}: who the user is in each system
         * @param audit    {@code sso.audit()}: every call and change is recorded there
         * @return this builder
         */
        public Builder sso(ClientRegistry clients, Bindings bindings, AuditLog audit) {
            this.clients = Objects.requireNonNull(clients, "clients");
            this.bindings = Objects.requireNonNull(bindings, "bindings");
            this.audit = Objects.requireNonNull(audit, "audit");
            return this;
        }

        /**
         * The broker's public URL (as in {@code SsoBroker.Builder.publicBaseUrl}), for bind links.
         *
         * @param url absolute http(s) URL without query or trailing slash, e.g. {@code https://sso.example.com/sso}
         * @return this builder
         */
        public Builder ssoBaseUrl(String url) {
            this.ssoBaseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * The HTTP client to derive calls from (default: a new OkHttp client).
         *
         * @param http the base client; each interface's timeout is applied on top
         * @return this builder
         */
        public Builder httpClient(OkHttpClient http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /**
         * The clock for signatures and history times.
         *
         * @param clock default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The random source for ids and nonces.
         *
         * @param random a cryptographically strong source
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * How often the rule checks for changes made on other nodes (default 2 s; local changes apply at once).
         *
         * @param interval 0 .. 5 minutes
         * @return this builder
         * @throws IllegalArgumentException if {@code interval} is outside 0 .. 5 min
         */
        public Builder reloadInterval(Duration interval) {
            if (Objects.requireNonNull(interval, "interval").isNegative() || interval.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("reloadInterval must be 0 .. 5 min");
            }
            this.reloadInterval = interval;
            return this;
        }

        /**
         * Whether answers must carry the business system's signature (default true). Turn it off only for a
         * system inside the same trust boundary that cannot sign yet; its answers then could be forged by
         * anyone able to answer in its place.
         *
         * @param required false to accept unsigned answers
         * @return this builder
         */
        public Builder requireSignedAnswers(boolean required) {
            this.requireSignedAnswers = required;
            return this;
        }

        /**
         * Builds, migrating the schema.
         *
         * @return the module, with its schema migrated
         * @throws IllegalStateException if {@code dataSource}, {@code sso} or {@code ssoBaseUrl} is missing or the URL is malformed
         */
        public BusinessInterfaces build() {
            if (dataSource == null || clients == null || ssoBaseUrl == null) {
                throw new IllegalStateException("dataSource, sso and ssoBaseUrl are required");
            }
            if (!ssoBaseUrl.matches("https?://[^?#]+") || ssoBaseUrl.endsWith("/")) {
                throw new IllegalStateException("ssoBaseUrl must be an absolute http(s) URL without query or trailing slash");
            }
            if (http == null) {
                http = new OkHttpClient();
            }
            return new BusinessInterfaces(this);
        }
    }
}
