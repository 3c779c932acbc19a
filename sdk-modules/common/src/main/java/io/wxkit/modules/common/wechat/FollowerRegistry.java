package io.wxkit.modules.common.wechat;

import io.wxkit.core.message.Subscribe;
import io.wxkit.core.message.Unsubscribe;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.Rule;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import io.wxkit.modules.common.spi.FollowerCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The follower check of follow-required activities, answered from the database: the callback's
 * subscribe/unsubscribe events record each user's state (install {@link #rules()} on the account's
 * callback handler), and an openid never seen is looked up once with {@code users().get} (the fallback)
 * and remembered. A state only ever moves forward in time: a late-delivered old event cannot undo a newer
 * one.
 *
 * <pre>{@code
 * FollowerRegistry followers = FollowerRegistry.create(context, mp);
 * CallbackHandler handler = mp.callback().rule(followers.rules().get(0)).rule(followers.rules().get(1))
 *     .onEvent(Subscribe.class, e -> Reply.text(e, "Welcome")).build();
 * ModuleContext wired = ModuleContext.builder(dataSource).followers(followers).build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FollowerRegistry implements FollowerCheck {
    private final Transactions tx;
    private final Clock clock;
    private final Predicate<String> fallback;

    private FollowerRegistry(Jdbi jdbi, Clock clock, Predicate<String> fallback) {
        this.tx = Transactions.on(jdbi);
        this.clock = clock;
        this.fallback = fallback;
    }

    /**
     * A registry on {@code context}'s database whose fallback asks {@code mp.users().get(openid).subscribed()}
     * ({@code GET /cgi-bin/user/info}).
     *
     * @param context the context whose database and clock the registry uses
     * @param mp      the Official Account the users follow
     * @return the registry
     * @throws NullPointerException if either is null
     */
    public static FollowerRegistry create(ModuleContext context, WxMp mp) {
        Objects.requireNonNull(mp, "mp");
        return create(context, openid -> mp.users().get(openid).subscribed());
    }

    /**
     * A registry whose fallback for unknown openids is {@code fallback} (for tests and other sources).
     *
     * @param context  the context whose database and clock the registry uses
     * @param fallback answers for an openid never recorded; its answer is recorded; may throw
     * @return the registry
     * @throws NullPointerException if either is null
     */
    public static FollowerRegistry create(ModuleContext context, Predicate<String> fallback) {
        return new FollowerRegistry(context.jdbi(), context.clock(), Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * Two callback rules that record subscribe and unsubscribe events and let routing continue, so the
     * account's own rules (a welcome reply, follow-to-vote) still answer the same events.
     *
     * @return the subscribe rule, then the unsubscribe rule
     */
    public List<Rule<?>> rules() {
        Rule<Subscribe> subscribed = Rule.on(Subscribe.class).thenContinue().reply(e -> {
            record(e.fromUser(), true, e.createTime(), "event");
            return null;
        });
        Rule<Unsubscribe> unsubscribed = Rule.on(Unsubscribe.class).thenContinue().reply(e -> {
            record(e.fromUser(), false, e.createTime(), "event");
            return null;
        });
        return List.of(subscribed, unsubscribed);
    }

    /**
     * {@inheritDoc}
     *
     * <p>From the recorded state; an unknown openid costs one fallback lookup (a WeChat call) whose answer is
     * recorded.
     */
    @Override
    public boolean isFollower(String openid) {
        Participant.requireId("openid", openid);
        Optional<Boolean> known = tx.run(h -> state(h, openid));
        if (known.isPresent()) {
            return known.get();
        }
        boolean following = fallback.test(openid);
        record(openid, following, clock.instant(), "lookup");
        return following;
    }

    /**
     * Records that {@code openid} followed ({@code true}) or left at {@code at}; ignored when a newer state is
     * already recorded.
     *
     * @param openid    the user's openid
     * @param following {@code true} for a follow, {@code false} for leaving
     * @param at        when, e.g. the event's {@code CreateTime}
     * @param source    where it was learned ({@code event}, {@code lookup}), stored with the state
     * @throws io.wxkit.modules.common.ModuleException {@code INVALID_INPUT} for a malformed openid, or {@code BUSY}
     * @throws NullPointerException if {@code at} is null
     */
    public void record(String openid, boolean following, Instant at, String source) {
        Participant.requireId("openid", openid);
        long atMs = at.toEpochMilli();
        tx.use(h -> {
            Optional<Long> current = h.createQuery("SELECT updated_ms FROM wxkit_module_follower WHERE openid = :o")
                    .bind("o", openid).mapTo(Long.class).findOne();
            if (current.isEmpty()) {
                // a concurrent first insert makes this fail on the primary key: the retry takes the update path
                h.createUpdate("INSERT INTO wxkit_module_follower (openid, following, updated_ms, source)"
                                + " VALUES (:o, :f, :at, :s)")
                        .bind("o", openid).bind("f", following).bind("at", atMs).bind("s", source).execute();
            } else {
                h.createUpdate("UPDATE wxkit_module_follower SET following = :f, updated_ms = :at, source = :s"
                                + " WHERE openid = :o AND updated_ms <= :at")
                        .bind("o", openid).bind("f", following).bind("at", atMs).bind("s", source).execute();
            }
        });
    }

    private static Optional<Boolean> state(Handle h, String openid) {
        return h.createQuery("SELECT following FROM wxkit_module_follower WHERE openid = :o")
                .bind("o", openid).mapTo(Boolean.class).findOne();
    }
}
