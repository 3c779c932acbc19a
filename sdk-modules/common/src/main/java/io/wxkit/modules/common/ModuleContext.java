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

    /** Starts a context on {@code dataSource} (a pool: see {@link ModuleDatabase}). */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** The database the modules share. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The pool behind {@link #jdbi()}, for running a module's migrations. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The time source of every window and timestamp. */
    public Clock clock() {
        return clock;
    }

    /** The zone that decides where a day begins for "per day" limits (default Asia/Shanghai). */
    public ZoneId zone() {
        return zone;
    }

    /** The random source of draws and redemption codes. */
    public SecureRandom random() {
        return random;
    }

    /** The per-openid and per-IP limits. */
    public AbuseGuard abuseGuard() {
        return abuseGuard;
    }

    /** The audit log. */
    public AuditLog audit() {
        return audit;
    }

    /** The follower check, if configured. */
    public Optional<FollowerCheck> followers() {
        return Optional.ofNullable(followers);
    }

    /** The template message sender, if configured. */
    public Optional<TemplateNotifier> templates() {
        return Optional.ofNullable(templates);
    }

    /** The red packet sender, if configured. */
    public Optional<RedPacketSender> redPackets() {
        return Optional.ofNullable(redPackets);
    }

    /** The QR code issuer, if configured. */
    public Optional<QrCodeIssuer> qrCodes() {
        return Optional.ofNullable(qrCodes);
    }

    /**
     * Hands a committed {@code event} to the listener. A listener failure is logged (event type only) and
     * swallowed: the work it reports is already committed and must not look failed to the caller.
     */
    public void publish(ModuleEvent event) {
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
     * Checks that {@code openid} follows the account.
     *
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

        /** The time source (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where a day begins for daily limits (default Asia/Shanghai, WeChat's users' zone). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The random source (default: a new {@link SecureRandom}); a seeded one makes draws reproducible in tests. */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** The counter store of the anti-abuse limits (default in memory; {@code RedisStores} for clusters). */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        /** The anti-abuse limits of every user action (default 30 per openid and 300 per IP per minute). */
        public Builder rateLimits(RateLimits rateLimits) {
            this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
            return this;
        }

        /** The follower check of follow-required activities. */
        public Builder followers(FollowerCheck followers) {
            this.followers = Objects.requireNonNull(followers, "followers");
            return this;
        }

        /** The template message sender (winner notifications). */
        public Builder templates(TemplateNotifier templates) {
            this.templates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        /** The red packet sender (red-packet prizes). */
        public Builder redPackets(RedPacketSender redPackets) {
            this.redPackets = Objects.requireNonNull(redPackets, "redPackets");
            return this;
        }

        /** The parametric QR code issuer (poll QR codes). */
        public Builder qrCodes(QrCodeIssuer qrCodes) {
            this.qrCodes = Objects.requireNonNull(qrCodes, "qrCodes");
            return this;
        }

        /** Receives committed module events. */
        public Builder events(ModuleEventListener events) {
            this.events = Objects.requireNonNull(events, "events");
            return this;
        }

        /**
         * Builds the context and applies the shared migrations (audit log, follower states; history in
         * {@code wxkit_common_schema_history}).
         */
        public ModuleContext build() {
            ModuleDatabase.migrate(dataSource, "common");
            return new ModuleContext(this);
        }
    }
}
