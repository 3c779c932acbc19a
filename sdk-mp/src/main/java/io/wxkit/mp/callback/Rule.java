package io.wxkit.mp.callback;

import io.wxkit.core.message.Event;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.core.message.Unknown;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One routing rule of the callback handler (消息路由): which messages it matches — by message class,
 * event name, event key, text content (exact, prefix or regex), sender openid, or any predicate —
 * and what it answers. Rules are tried in the order they were added; the first match answers unless it
 * lets matching {@linkplain Builder#thenContinue() continue}.
 *
 * <pre>{@code
 * Rule<Text> order = Rule.on(Text.class).contentMatches(Pattern.compile("order\\s*(\\d+)"))
 *         .async().reply(m -> Reply.text(m, orders.describe(m.content())));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Conditions are evaluated on the request thread; the handler runs there
 * too unless the rule is {@linkplain Builder#async() async}.
 *
 * @param <T> the message type this rule handles
 */
public final class Rule<T extends InboundMessage> {
    private final Class<T> type;
    private final Predicate<? super T> condition;
    private final MessageHandler<? super T> handler;
    private final boolean async;
    private final boolean stop;

    private Rule(Builder<T> b, MessageHandler<? super T> handler) {
        this.type = b.type;
        this.condition = b.condition;
        this.handler = Objects.requireNonNull(handler, "handler");
        this.async = b.async;
        this.stop = b.stop;
    }

    /**
     * Starts a rule for messages of {@code type} ({@code Text.class}, {@code Click.class},
     * {@code Event.class}, {@code InboundMessage.class} for all).
     *
     * @param type the message class; subtypes match too
     * @param <T> the message type
     * @return a builder with no condition yet
     * @throws NullPointerException if {@code type} is null
     */
    public static <T extends InboundMessage> Builder<T> on(Class<T> type) {
        return new Builder<>(type);
    }

    boolean matches(InboundMessage message) {
        return type.isInstance(message) && condition.test(type.cast(message));
    }

    Reply handle(InboundMessage message, CallbackContext context) {
        return handler.handle(type.cast(message), context);
    }

    boolean async() {
        return async;
    }

    boolean stops() {
        return stop;
    }

    @Override
    public String toString() {
        return "Rule[" + type.getSimpleName() + (async ? ", async" : "") + (stop ? "" : ", continue") + "]";
    }

    /** The event name of an event or unknown event, else null. */
    static String eventName(InboundMessage m) {
        if (m instanceof Event e) {
            return e.event();
        }
        return m instanceof Unknown u ? u.event() : null;
    }

    /** The {@code EventKey} of an event or unknown event, else null. */
    static String eventKey(InboundMessage m) {
        if (m instanceof Event e) {
            return e.eventKey();
        }
        return m instanceof Unknown u ? u.field("EventKey") : null;
    }

    /**
     * Collects the conditions of a {@link Rule}; every condition added must hold. Not thread-safe:
     * build a rule on one thread, then share the {@link Rule}.
     *
     * @param <T> the message type
     */
    public static final class Builder<T extends InboundMessage> {
        private final Class<T> type;
        private Predicate<? super T> condition = m -> true;
        private boolean async;
        private boolean stop = true;

        private Builder(Class<T> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Matches the event name ({@code Event}), case-insensitively; works for {@code Unknown} events too.
         *
         * @param name the {@code Event} value, e.g. {@code subscribe} or {@code CLICK}; not null
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder<T> event(String name) {
            String wanted = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
            return and(m -> {
                String actual = Rule.eventName(m);
                return actual != null && actual.toLowerCase(Locale.ROOT).equals(wanted);
            });
        }

        /**
         * Matches the exact {@code EventKey} (menu key, QR scene, URL).
         *
         * @param key the {@code EventKey} to match; not null
         * @return this builder
         * @throws NullPointerException if {@code key} is null
         */
        public Builder<T> eventKey(String key) {
            Objects.requireNonNull(key, "key");
            return and(m -> key.equals(Rule.eventKey(m)));
        }

        /**
         * Matches a text message whose content equals {@code text} exactly.
         *
         * @param text the whole {@code Content}; not null
         * @return this builder
         * @throws NullPointerException if {@code text} is null
         */
        public Builder<T> content(String text) {
            Objects.requireNonNull(text, "text");
            return and(m -> m instanceof Text t && t.content().equals(text));
        }

        /**
         * Matches a text message whose content starts with {@code prefix}.
         *
         * @param prefix the start of {@code Content}, case-sensitive; not null
         * @return this builder
         * @throws NullPointerException if {@code prefix} is null
         */
        public Builder<T> contentPrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            return and(m -> m instanceof Text t && t.content().startsWith(prefix));
        }

        /**
         * Matches a text message whose whole content matches {@code pattern}.
         *
         * @param pattern matched against the whole {@code Content}; not null
         * @return this builder
         * @throws NullPointerException if {@code pattern} is null
         */
        public Builder<T> contentMatches(Pattern pattern) {
            Objects.requireNonNull(pattern, "pattern");
            return and(m -> m instanceof Text t && pattern.matcher(t.content()).matches());
        }

        /**
         * Matches messages from one of {@code openids} (for example testers or administrators).
         *
         * @param openids the senders ({@code FromUserName}); copied
         * @return this builder
         * @throws NullPointerException if {@code openids} or one of them is null
         */
        public Builder<T> from(Collection<String> openids) {
            Set<String> set = Set.copyOf(openids);
            return and(m -> set.contains(m.fromUser()));
        }

        /**
         * Matches when {@code predicate} holds; it runs on the request thread and must be quick.
         *
         * @param predicate the condition; not null
         * @return this builder
         * @throws NullPointerException if {@code predicate} is null
         */
        public Builder<T> when(Predicate<? super T> predicate) {
            Objects.requireNonNull(predicate, "predicate");
            return and(predicate);
        }

        /**
         * Runs the handler on the callback executor: if it has not finished within the reply budget,
         * WeChat gets {@code success} and the reply follows as a customer-service message.
         *
         * @return this builder
         */
        public Builder<T> async() {
            this.async = true;
            return this;
        }

        /**
         * After this rule, later matching rules run too; the last non-null reply is sent.
         *
         * @return this builder
         */
        public Builder<T> thenContinue() {
            this.stop = false;
            return this;
        }

        /**
         * Finishes the rule with a handler that also sees the {@link CallbackContext}.
         *
         * @param handler the handler; not null
         * @return the rule
         * @throws NullPointerException if {@code handler} is null
         */
        public Rule<T> handle(MessageHandler<? super T> handler) {
            return new Rule<>(this, handler);
        }

        /**
         * Finishes the rule with a handler of the message alone.
         *
         * @param handler returns the passive reply, or null for none; not null
         * @return the rule
         * @throws NullPointerException if {@code handler} is null
         */
        public Rule<T> reply(Function<? super T, Reply> handler) {
            Objects.requireNonNull(handler, "handler");
            return new Rule<>(this, (m, ctx) -> handler.apply(m));
        }

        private Builder<T> and(Predicate<? super T> next) {
            Predicate<? super T> previous = condition;
            this.condition = m -> previous.test(m) && next.test(m);
            return this;
        }
    }
}
