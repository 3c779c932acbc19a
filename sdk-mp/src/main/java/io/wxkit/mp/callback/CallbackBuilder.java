package io.wxkit.mp.callback;

import io.wxkit.core.dedup.CaffeineDedupStore;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.message.Event;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Configures the callback handler of one Official Account (消息接收与回复): routing rules, interceptors
 * and the knobs of verification, dedup and the 5-second window. Get one from {@code mp.callback()}.
 *
 * <pre>{@code
 * CallbackHandler handler = mp.callback()
 *     .onEvent(Subscribe.class, e -> Reply.text(e, "Welcome")).build();
 * }</pre>
 *
 * <p>Not thread-safe: configure on one thread, then share the {@link CallbackHandler} it builds.
 */
public final class CallbackBuilder {
    static final Duration DEFAULT_BUDGET = Duration.ofMillis(4500);
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    static final Duration DEFAULT_DEDUP_TTL = Duration.ofSeconds(60);
    static final Duration MIN_DEDUP_TTL = Duration.ofSeconds(15);
    static final Duration MAX_BUDGET = Duration.ofSeconds(5);

    final String appId;
    final String token;
    final String encodingAesKey;
    final List<Rule<?>> rules = new ArrayList<>();
    final List<CallbackInterceptor> interceptors = new ArrayList<>();
    MessageHandler<InboundMessage> fallback = (m, ctx) -> null;
    DedupStore dedupStore;
    Duration dedupTtl = DEFAULT_DEDUP_TTL;
    Duration budget = DEFAULT_BUDGET;
    Duration window = DEFAULT_WINDOW;
    Clock clock = Clock.systemUTC();
    SecureRandom random;
    Executor executor;
    CallbackErrorHook errorHook;
    LateReplySender lateReplies;

    CallbackBuilder(String appId, String token, String encodingAesKey) {
        this.appId = appId;
        this.token = token;
        this.encodingAesKey = encodingAesKey;
    }

    /** Answers messages of {@code type} with {@code handler} (a {@code null} reply means none). */
    public <T extends InboundMessage> CallbackBuilder on(Class<T> type, Function<? super T, Reply> handler) {
        return rule(Rule.on(type).reply(handler));
    }

    /** Answers messages of {@code type} for which {@code when} holds. */
    public <T extends InboundMessage> CallbackBuilder on(Class<T> type, Predicate<? super T> when,
            Function<? super T, Reply> handler) {
        return rule(Rule.on(type).when(when).reply(handler));
    }

    /** Answers events of {@code type} ({@code Subscribe.class}, {@code Click.class}, ...). */
    public <E extends Event> CallbackBuilder onEvent(Class<E> type, Function<? super E, Reply> handler) {
        return rule(Rule.on(type).reply(handler));
    }

    /** Answers events of {@code type} whose {@code EventKey} equals {@code eventKey} (a menu key, a QR scene). */
    public <E extends Event> CallbackBuilder onEvent(Class<E> type, String eventKey, Function<? super E, Reply> handler) {
        return rule(Rule.on(type).eventKey(eventKey).reply(handler));
    }

    /** Adds a rule built with {@link Rule#on(Class)} (content, openid, async and continue options). */
    public CallbackBuilder rule(Rule<?> rule) {
        rules.add(Objects.requireNonNull(rule, "rule"));
        return this;
    }

    /** Adds an interceptor; they run in the order added. */
    public CallbackBuilder interceptor(CallbackInterceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return this;
    }

    /** Answers what no rule matched (default: no reply, WeChat receives {@code success}). */
    public CallbackBuilder otherwise(MessageHandler<InboundMessage> handler) {
        this.fallback = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /** Where seen deliveries are remembered (default: in memory, {@link CaffeineDedupStore}); use Redis for clusters. */
    public CallbackBuilder dedupStore(DedupStore store) {
        this.dedupStore = Objects.requireNonNull(store, "store");
        return this;
    }

    /**
     * How long a delivery is remembered (default 60 s; WeChat retries for about 15 s).
     *
     * @throws IllegalArgumentException if shorter than 15 seconds
     */
    public CallbackBuilder dedupTtl(Duration ttl) {
        if (Objects.requireNonNull(ttl, "ttl").compareTo(MIN_DEDUP_TTL) < 0) {
            throw new IllegalArgumentException("dedupTtl must be at least 15 s (WeChat retries for 15 s), got " + ttl);
        }
        this.dedupTtl = ttl;
        return this;
    }

    /**
     * How long a request may take before WeChat gets {@code success} and the reply goes out as a
     * customer-service message instead (default 4.5 s of WeChat's 5 s).
     *
     * @throws IllegalArgumentException if not positive or above 5 seconds
     */
    public CallbackBuilder replyBudget(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero() || budget.compareTo(MAX_BUDGET) > 0) {
            throw new IllegalArgumentException("replyBudget must be in (0, 5 s], got " + budget);
        }
        this.budget = budget;
        return this;
    }

    /**
     * How far a request's {@code timestamp} may be from now (default 5 minutes); older or newer
     * requests are refused as replays.
     *
     * @throws IllegalArgumentException if not positive
     */
    public CallbackBuilder timestampWindow(Duration window) {
        if (Objects.requireNonNull(window, "window").isNegative() || window.isZero()) {
            throw new IllegalArgumentException("timestampWindow must be positive, got " + window);
        }
        this.window = window;
        return this;
    }

    /** The time source for the timestamp window, the reply budget and reply {@code CreateTime}. */
    public CallbackBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The random source for the 16-byte prefix of encrypted replies (default: a per-thread DRBG). */
    public CallbackBuilder random(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /**
     * Runs async rules and late sends (default when a rule is async: a bounded pool of daemon threads
     * owned by the handler, stopped by {@link CallbackHandler#close()}).
     */
    public CallbackBuilder executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /** Receives failures WeChat never sees (default: logged at WARN without message content). */
    public CallbackBuilder errorHook(CallbackErrorHook hook) {
        this.errorHook = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /** Delivers replies that missed the window (set by {@code mp.callback()} to the customer-service API). */
    public CallbackBuilder lateReplies(LateReplySender sender) {
        this.lateReplies = Objects.requireNonNull(sender, "sender");
        return this;
    }

    /**
     * Builds the handler.
     *
     * @throws IllegalStateException if the token is missing, or the encodingAesKey is set without an appId
     * @throws IllegalArgumentException if the encodingAesKey is not 43 characters of [A-Za-z0-9]
     */
    public CallbackHandler build() {
        if (token == null || token.isEmpty()) {
            throw new IllegalStateException("token is required (WxMp.builder().token(..))");
        }
        if (encodingAesKey != null && (appId == null || appId.isEmpty())) {
            throw new IllegalStateException("appId is required with an encodingAesKey (WxMp.builder().appId(..))");
        }
        return new CallbackHandler(this);
    }

    boolean anyAsync() {
        return rules.stream().anyMatch(Rule::async);
    }
}
