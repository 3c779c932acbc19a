package io.wxkit.modules.common;

import io.wxkit.core.ratelimit.InMemoryRateLimiter;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.modules.common.spi.FollowerCheck;
import io.wxkit.modules.common.spi.ModuleEvent;
import io.wxkit.modules.common.spi.ModuleEventListener;
import io.wxkit.modules.common.spi.QrCodeIssuer;
import io.wxkit.modules.common.spi.RedPacketSender;
import io.wxkit.modules.common.spi.TemplateNotifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every module runs on: the database ({@link Jdbi} over a pool), the clock and the time zone that
 * decides "per day", the {@link SecureRandom} of every draw, the anti-abuse limits, the audit log and the
 * hooks to WeChat. Build one per application and hand it to each module's {@code create}.
 *
 * <pre>{@code
 * ModuleContext context = ModuleContext.builder(ModuleDatabase.h2InMemory("demo")).build();
 * VoteModule vote = VoteModule.create(context);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Hooks that are not configured are empty: a follow-required activity then
 * refuses with {@code FOLLOWER_CHECK_UNAVAILABLE} instead of guessing.
 */
public final class ModuleContext {
    private static final Logger log = LoggerFactory.getLogger(ModuleContext.class);
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random;
    private final AbuseGuard abuseGuard;
    private final AuditLog audit;
    private final FollowerCheck followers;
    private final TemplateNotifier templates;
    private final RedPacketSender redPackets;
    private final QrCodeIssuer qrCodes;
    private final ModuleEventListener events;

    private ModuleContext(Builder b) {
        this.dataSource = b.dataSource;
        this.jdbi = Jdbi.create(b.dataSource);
        this.clock = b.clock;
        this.zone = b.zone;
        this.random = b.random != null ? b.random : new SecureRandom();
        RateLimiter limiter = b.rateLimiter != null ? b.rateLimiter : InMemoryRateLimiter.create(b.clock);
        this.abuseGuard = new AbuseGuard(limiter, b.rateLimits);
        this.audit = new AuditLog(jdbi, b.clock);
        this.followers = b.followers;
        this.templates = b.templates;
        this.redPackets = b.redPackets;
        this.qrCodes = b.qrCodes;
        this.events = b.events;
    }

    /**
     * Starts a context on {@code dataSource} (a pool: see {@link ModuleDatabase}).
     *
     * <pre>{@code
     * ModuleContext context = ModuleContext.builder(ModuleDatabase.pool(url, user, password, 20))
     *     .rateLimits(RateLimits.perMinute(20, 200)).templates(MpTemplateNotifier.of(mp)).build();
     * }</pre>
     *
     * @param dataSource the database every module of the application shares
     * @return a builder with the defaults (system UTC clock, Asia/Shanghai, 30 per openid and 300 per IP a
     *         minute, in-memory counters, no WeChat hooks)
     * @throws NullPointerException if {@code dataSource} is null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * The database the modules share.
     *
     * @return the {@link Jdbi} over {@link #dataSource()}
     */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * The pool behind {@link #jdbi()}, for running a module's migrations.
     *
     * @return the data source given to {@link #builder(DataSource)}
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The time source of every window and timestamp.
     *
     * @return the configured clock (default: system UTC)
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The zone that decides where a day begins for "per day" limits and counts.
     *
     * @return the configured zone (default Asia/Shanghai)
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The random source of draws and redemption codes.
     *
     * @return the configured {@link SecureRandom}, or the one this context created
     */
    public SecureRandom random() {
        return random;
    }

    /**
     * The per-openid and per-IP limits that modules check before any database work.
     *
     * <p>{@code context.abuseGuard().check("vote.cast", openid, ip);}
     *
     * @return the guard over the configured {@link RateLimits} and counter store
     */
    public AbuseGuard abuseGuard() {
        return abuseGuard;
    }

    /**
     * The audit log (table {@code wxkit_module_audit}) of staff operations.
     *
     * <p>{@code Page<AuditEntry> recent = context.audit().list("lottery", PageRequest.first(50));}
     *
     * @return the log on this context's database and clock
     */
    public AuditLog audit() {
        return audit;
    }

    /**
     * The follower check of follow-required activities.
     *
     * @return the check, or empty when none was configured
     */
    public Optional<FollowerCheck> followers() {
        return Optional.ofNullable(followers);
    }

    /**
     * The template message sender (winner notifications).
     *
     * @return the sender, or empty when none was configured
     */
    public Optional<TemplateNotifier> templates() {
        return Optional.ofNullable(templates);
    }

    /**
     * The red packet sender (red-packet prizes).
     *
     * @return the sender, or empty when none was configured
     */
    public Optional<RedPacketSender> redPackets() {
        return Optional.ofNullable(redPackets);
    }

    /**
     * The parametric QR code issuer (poll QR codes).
     *
     * @return the issuer, or empty when none was configured
     */
    public Optional<QrCodeIssuer> qrCodes() {
        return Optional.ofNullable(qrCodes);
    }

    /**
     * Hands a committed {@code event} to the listener. A listener failure is logged (event type only) and
     * swallowed: the work it reports is already committed and must not look failed to the caller. Without a
     * listener this does nothing.
     *
     * @param event the committed event; not null
     * @throws NullPointerException if {@code event} is null
     */
    public void publish(ModuleEvent event) {
        Objects.requireNonNull(event, "event");
        if (events == null) {
            return;
        }
        try {
            events.onEvent(event);
        } catch (RuntimeException e) {
            log.warn("module event listener failed on {} from {}", event.getClass().getSimpleName(), event.module(), e);
        }
    }

    /**
     * Checks that {@code openid} follows the account. The check may call WeChat: never call this inside a
     * transaction.
     *
     * @param openid the user's openid
     * @throws ModuleException {@code NOT_FOLLOWER}, or {@code FOLLOWER_CHECK_UNAVAILABLE} when no check is
     *                         configured or it failed
     */
    public void requireFollower(String openid) {
        if (followers == null) {
            throw new ModuleException(CommonError.FOLLOWER_CHECK_UNAVAILABLE,
                    "this activity requires following the account but no follower check is configured");
        }
        boolean following;
        try {
            following = followers.isFollower(openid);
        } catch (RuntimeException e) {
            throw new ModuleException(CommonError.FOLLOWER_CHECK_UNAVAILABLE, "the follower check failed; try again", e);
        }
        if (!following) {
            throw new ModuleException(CommonError.NOT_FOLLOWER, "follow the Official Account first");
        }
    }

    /** Configures a {@link ModuleContext}. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private SecureRandom random;
        private RateLimiter rateLimiter;
        private RateLimits rateLimits = RateLimits.perMinute(30, 300);
        private FollowerCheck followers;
        private TemplateNotifier templates;
        private RedPacketSender redPackets;
        private QrCodeIssuer qrCodes;
        private ModuleEventListener events;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The time source of windows, timestamps and rate-limit windows.
         *
         * @param clock the clock (default: system UTC); a fixed or adjustable one in tests
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Where a day begins for daily limits and per-day counts.
         *
         * @param zone the zone (default Asia/Shanghai, WeChat's users' zone)
         * @return this builder
         * @throws NullPointerException if {@code zone} is null
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The random source of draws and redemption codes.
         *
         * @param random the source (default: a new {@link SecureRandom}); a seeded one makes draws reproducible
         *               in tests
         * @return this builder
         * @throws NullPointerException if {@code random} is null
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * The counter store of the anti-abuse limits.
         *
         * @param rateLimiter the store (default in memory, on this builder's clock; {@code RedisStores} for
         *                    clusters, so every node counts the same)
         * @return this builder
         * @throws NullPointerException if {@code rateLimiter} is null
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        /**
         * The anti-abuse limits of every user action.
         *
         * @param rateLimits the limits (default 30 per openid and 300 per IP per minute)
         * @return this builder
         * @throws NullPointerException if {@code rateLimits} is null
         */
        public Builder rateLimits(RateLimits rateLimits) {
            this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
            return this;
        }

        /**
         * The follower check of follow-required activities; without one they refuse with
         * {@code FOLLOWER_CHECK_UNAVAILABLE}.
         *
         * @param followers the check, usually a {@code FollowerRegistry}
         * @return this builder
         * @throws NullPointerException if {@code followers} is null
         */
        public Builder followers(FollowerCheck followers) {
            this.followers = Objects.requireNonNull(followers, "followers");
            return this;
        }

        /**
         * The template message sender (winner notifications); without one no notification is sent.
         *
         * @param templates the sender, usually an {@code MpTemplateNotifier}
         * @return this builder
         * @throws NullPointerException if {@code templates} is null
         */
        public Builder templates(TemplateNotifier templates) {
            this.templates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        /**
         * The red packet sender (red-packet prizes); without one their payouts stay pending.
         *
         * @param redPackets the sender, usually a {@code PayRedPacketSender}
         * @return this builder
         * @throws NullPointerException if {@code redPackets} is null
         */
        public Builder redPackets(RedPacketSender redPackets) {
            this.redPackets = Objects.requireNonNull(redPackets, "redPackets");
            return this;
        }

        /**
         * The parametric QR code issuer (poll QR codes).
         *
         * @param qrCodes the issuer, usually an {@code MpQrCodeIssuer}
         * @return this builder
         * @throws NullPointerException if {@code qrCodes} is null
         */
        public Builder qrCodes(QrCodeIssuer qrCodes) {
            this.qrCodes = Objects.requireNonNull(qrCodes, "qrCodes");
            return this;
        }

        /**
         * Receives committed module events (none are delivered without one).
         *
         * @param events the listener
         * @return this builder
         * @throws NullPointerException if {@code events} is null
         */
        public Builder events(ModuleEventListener events) {
            this.events = Objects.requireNonNull(events, "events");
            return this;
        }

        /**
         * Builds the context and applies the shared migrations (audit log, follower states; history in
         * {@code wxkit_common_schema_history}).
         *
         * @return the context; the builder may be reused
         * @throws org.flywaydb.core.api.FlywayException if a migration fails
         */
        public ModuleContext build() {
            ModuleDatabase.migrate(dataSource, "common");
            return new ModuleContext(this);
        }
    }
}
