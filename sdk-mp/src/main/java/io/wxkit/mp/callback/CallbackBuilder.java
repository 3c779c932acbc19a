package io.wxkit.mp.callback;

import io.wxkit.core.dedup.GenerationalDedupStore;
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
    /** Added to the timestamp window for the default dedup TTL: covers clock skew between WeChat and us. */
    static final Duration DEDUP_MARGIN = Duration.ofSeconds(60);
    static final Duration MIN_DEDUP_TTL = Duration.ofSeconds(15);
    static final Duration MAX_BUDGET = Duration.ofSeconds(5);

    final String appId;
    final String token;
    final String encodingAesKey;
    final List<Rule<?>> rules = new ArrayList<>();
    final List<CallbackInterceptor> interceptors = new ArrayList<>();
    MessageHandler<InboundMessage> fallback = (m, ctx) -> null;
    DedupStore dedupStore;
    Duration dedupTtl;
    Function<? super InboundMessage, ? extends CharSequence> dedupKey;
    CallbackMode mode;
    boolean plaintextReplies;
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

    /**
     * Answers messages of {@code type} with {@code handler} (a {@code null} reply means none).
     *
     * @param type the message class, e.g. {@code Text.class}; subtypes match too
     * @param handler builds the passive reply, or returns null for none; called on the request thread
     * @param <T> the message type
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public <T extends InboundMessage> CallbackBuilder on(Class<T> type, Function<? super T, Reply> handler) {
        return rule(Rule.on(type).reply(handler));
    }

    /**
     * Answers messages of {@code type} for which {@code when} holds.
     *
     * @param type the message class, e.g. {@code Text.class}; subtypes match too
     * @param when the extra condition; a rule whose condition is false does not match
     * @param handler builds the passive reply, or returns null for none; called on the request thread
     * @param <T> the message type
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public <T extends InboundMessage> CallbackBuilder on(Class<T> type, Predicate<? super T> when,
            Function<? super T, Reply> handler) {
        return rule(Rule.on(type).when(when).reply(handler));
    }

    /**
     * Answers events of {@code type} ({@code Subscribe.class}, {@code Click.class}, ...).
     *
     * @param type the event class; subtypes match too
     * @param handler builds the passive reply, or returns null for none; called on the request thread
     * @param <E> the event type
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public <E extends Event> CallbackBuilder onEvent(Class<E> type, Function<? super E, Reply> handler) {
        return rule(Rule.on(type).reply(handler));
    }

    /**
     * Answers events of {@code type} whose {@code EventKey} equals {@code eventKey} (a menu key, a QR scene).
     *
     * @param type the event class; subtypes match too
     * @param eventKey the {@code EventKey} to match exactly
     * @param handler builds the passive reply, or returns null for none; called on the request thread
     * @param <E> the event type
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public <E extends Event> CallbackBuilder onEvent(Class<E> type, String eventKey, Function<? super E, Reply> handler) {
        return rule(Rule.on(type).eventKey(eventKey).reply(handler));
    }

    /**
     * Adds a rule built with {@link Rule#on(Class)} (content, openid, async and continue options).
     *
     * @param rule the rule; rules are tried in the order added, and the first match answers unless it continues
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     */
    public CallbackBuilder rule(Rule<?> rule) {
        rules.add(Objects.requireNonNull(rule, "rule"));
        return this;
    }

    /**
     * Adds an interceptor; they run in the order added.
     *
     * @param interceptor the interceptor; not null
     * @return this builder
     * @throws NullPointerException if {@code interceptor} is null
     */
    public CallbackBuilder interceptor(CallbackInterceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return this;
    }

    /**
     * Answers what no rule matched (default: no reply, WeChat receives {@code success}).
     *
     * @param handler called with every message no rule matched; its reply (or null) is the answer
     * @return this builder
     * @throws NullPointerException if {@code handler} is null
     */
    public CallbackBuilder otherwise(MessageHandler<InboundMessage> handler) {
        this.fallback = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /**
     * Where seen deliveries are remembered (default: in memory, {@link GenerationalDedupStore}); use Redis for clusters.
     *
     * @param store the store; not null
     * @return this builder
     * @throws NullPointerException if {@code store} is null
     */
    public CallbackBuilder dedupStore(DedupStore store) {
        this.dedupStore = Objects.requireNonNull(store, "store");
        return this;
    }

    /**
     * How long a delivery is remembered (default: the timestamp window plus 60 s, 6 minutes with the
     * default window). It must cover the window: a genuine request captured and replayed after its entry
     * expired, while its timestamp is still inside the window, would otherwise be processed again.
     *
     * @param ttl at least 15 seconds and at least the timestamp window
     * @return this builder
     * @throws IllegalArgumentException if shorter than 15 seconds (WeChat's retries span about 15 s);
     *     {@link #build()} also refuses a TTL shorter than the {@linkplain #timestampWindow window}
     * @throws NullPointerException if {@code ttl} is null
     */
    public CallbackBuilder dedupTtl(Duration ttl) {
        if (Objects.requireNonNull(ttl, "ttl").compareTo(MIN_DEDUP_TTL) < 0) {
            throw new IllegalArgumentException("dedupTtl must be at least 15 s (WeChat retries for 15 s), got " + ttl);
        }
        this.dedupTtl = ttl;
        return this;
    }

    /**
     * Replaces WeChat's identity rules for dedup ({@code FromUserName + CreateTime + MsgId} for chat
     * messages, {@code FromUserName + CreateTime + Event + EventKey} for events). The returned text is
     * hashed together with {@code ToUserName} into a fixed-size key, so it may be of any length; a
     * {@code null} result falls back to WeChat's rules. Called once per verified delivery, on the
     * request thread; if it throws, the error hook gets the exception and WeChat's rules are used.
     *
     * <pre>{@code
     * mp.callback().dedupKey(m -> m instanceof Text t ? t.fromUser() + ':' + t.msgId() : null)
     * }</pre>
     *
     * @param keyFunction maps a verified message to its identity, or to null for WeChat's rules
     * @return this builder
     * @throws NullPointerException if {@code keyFunction} is null
     */
    public CallbackBuilder dedupKey(Function<? super InboundMessage, ? extends CharSequence> keyFunction) {
        this.dedupKey = Objects.requireNonNull(keyFunction, "keyFunction");
        return this;
    }

    /**
     * The account's message encryption mode (default: {@link CallbackMode#SAFE} when the account has an
     * EncodingAESKey, {@link CallbackMode#PLAIN} otherwise). Set it to what the server settings page
     * says: {@link CallbackMode#COMPATIBLE} only while migrating.
     *
     * @param mode {@code PLAIN}, {@code COMPATIBLE} or {@code SAFE}; not null
     * @return this builder
     * @throws NullPointerException if {@code mode} is null
     */
    public CallbackBuilder mode(CallbackMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * In {@link CallbackMode#COMPATIBLE}, whether a plain (unencrypted) request gets its reply in clear
     * (default {@code false}: its rules run but the answer is {@code success} and the reply is dropped,
     * because the plain {@code signature} does not cover the body and anyone who saw one callback URL can
     * forge such a request for the length of the window). Encrypted requests are always answered encrypted.
     *
     * @param allowed true to answer plain requests in clear
     * @return this builder
     */
    public CallbackBuilder plaintextReplies(boolean allowed) {
        this.plaintextReplies = allowed;
        return this;
    }

    /**
     * How long a request may take before WeChat gets {@code success} and the reply goes out as a
     * customer-service message instead (default 4.5 s of WeChat's 5 s).
     *
     * @param budget in (0, 5 s]
     * @return this builder
     * @throws IllegalArgumentException if not positive or above 5 seconds
     * @throws NullPointerException if {@code budget} is null
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
     * @param window the largest allowed distance, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     * @throws NullPointerException if {@code window} is null
     */
    public CallbackBuilder timestampWindow(Duration window) {
        if (Objects.requireNonNull(window, "window").isNegative() || window.isZero()) {
            throw new IllegalArgumentException("timestampWindow must be positive, got " + window);
        }
        this.window = window;
        return this;
    }

    /**
     * The time source for the timestamp window, the reply budget and reply {@code CreateTime}.
     *
     * @param clock the clock; not null
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public CallbackBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * The random source for the 16-byte prefix of encrypted replies (default: a per-thread DRBG).
     *
     * @param random the random source; not null
     * @return this builder
     * @throws NullPointerException if {@code random} is null
     */
    public CallbackBuilder random(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /**
     * Runs async rules and late sends (default when a rule is async: a bounded pool of daemon threads
     * owned by the handler, stopped by {@link CallbackHandler#close()}).
     *
     * @param executor where async rules and late sends run; the handler does not shut it down
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     */
    public CallbackBuilder executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /**
     * Receives failures WeChat never sees (default: logged at WARN without message content).
     *
     * @param hook the hook; called on the thread where the failure happened
     * @return this builder
     * @throws NullPointerException if {@code hook} is null
     */
    public CallbackBuilder errorHook(CallbackErrorHook hook) {
        this.errorHook = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /**
     * Delivers replies that missed the window (set by {@code mp.callback()} to the customer-service API).
     *
     * @param sender the sender; not null
     * @return this builder
     * @throws NullPointerException if {@code sender} is null
     */
    public CallbackBuilder lateReplies(LateReplySender sender) {
        this.lateReplies = Objects.requireNonNull(sender, "sender");
        return this;
    }

    /**
     * Builds the handler.
     *
     * @return a thread-safe handler, configured from a snapshot of this builder
     * @throws IllegalStateException if the token is missing; the encodingAesKey is set without an appId;
     *     the mode is {@code SAFE} or {@code COMPATIBLE} without an encodingAesKey; {@code plaintextReplies}
     *     is set outside {@code COMPATIBLE}; or the dedup TTL is shorter than the timestamp window
     * @throws IllegalArgumentException if the encodingAesKey is not 43 characters of [A-Za-z0-9]
     */
    public CallbackHandler build() {
        if (token == null || token.isEmpty()) {
            throw new IllegalStateException("token is required (WxMp.builder().token(..))");
        }
        if (encodingAesKey != null && (appId == null || appId.isEmpty())) {
            throw new IllegalStateException("appId is required with an encodingAesKey (WxMp.builder().appId(..))");
        }
        CallbackMode resolved = resolvedMode();
        if (resolved != CallbackMode.PLAIN && encodingAesKey == null) {
            throw new IllegalStateException(resolved + " mode needs the account's encodingAesKey"
                    + " (WxMp.builder().encodingAesKey(..))");
        }
        if (plaintextReplies && resolved != CallbackMode.COMPATIBLE) {
            throw new IllegalStateException("plaintextReplies applies to COMPATIBLE mode only, the mode is " + resolved);
        }
        if (resolvedDedupTtl().compareTo(window) < 0) {
            throw new IllegalStateException("dedupTtl (" + resolvedDedupTtl() + ") must not be shorter than timestampWindow ("
                    + window + "): a request replayed after its dedup entry expired would be processed again");
        }
        return new CallbackHandler(this);
    }

    /** The configured mode, or the one the configuration implies. */
    CallbackMode resolvedMode() {
        return mode != null ? mode : encodingAesKey != null ? CallbackMode.SAFE : CallbackMode.PLAIN;
    }

    /** The configured dedup TTL, or the window plus the margin. */
    Duration resolvedDedupTtl() {
        return dedupTtl != null ? dedupTtl : window.plus(DEDUP_MARGIN);
    }

    boolean anyAsync() {
        return rules.stream().anyMatch(Rule::async);
    }
}
