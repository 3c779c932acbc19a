package io.wxkit.mp.callback;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import io.wxkit.core.internal.text.Untrusted;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches a message against the rules in order and runs the matched ones inside the interceptors.
 * Immutable and thread-safe; it holds no per-message state.
 */
final class Router {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private final List<Rule<?>> rules;
    private final List<CallbackInterceptor> interceptors;
    private final MessageHandler<InboundMessage> fallback;
    private final CallbackErrorHook errorHook;

    Router(List<Rule<?>> rules, List<CallbackInterceptor> interceptors, MessageHandler<InboundMessage> fallback,
            CallbackErrorHook errorHook) {
        this.rules = List.copyOf(rules);
        this.interceptors = List.copyOf(interceptors);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.errorHook = Objects.requireNonNull(errorHook, "errorHook");
    }

    /** The matched rules for {@code message}: the first rule that stops, and every continuing one before it. */
    Route match(InboundMessage message) {
        List<Rule<?>> matched = null;
        boolean async = false;
        for (Rule<?> rule : rules) {
            if (!rule.matches(message)) {
                continue;
            }
            if (matched == null && rule.stops()) {
                return new Route(List.of(rule), rule.async());
            }
            if (matched == null) {
                matched = new ArrayList<>(4);
            }
            matched.add(rule);
            async |= rule.async();
            if (rule.stops()) {
                break;
            }
        }
        return matched == null ? Route.FALLBACK : new Route(List.copyOf(matched), async);
    }

    /**
     * Runs {@code route} for the message in {@code context}: interceptors' {@code before}, the rules (or
     * the fallback when none matched), interceptors' {@code after}. Returns the reply, or {@code null}
     * for none. Failures are reported and yield {@code null}; this method does not throw.
     */
    Reply run(Route route, CallbackContext context) {
        int entered = 0;
        try {
            Reply reply;
            boolean proceed = true;
            while (entered < interceptors.size() && proceed) {
                proceed = interceptors.get(entered++).before(context);
            }
            reply = proceed ? runRules(route, context) : context.answer().orElse(null);
            for (int i = entered - 1; i >= 0; i--) {
                reply = interceptors.get(i).after(context, reply);
            }
            return reply;
        } catch (RuntimeException e) {
            fail(context, e);
            return null;
        }
    }

    private Reply runRules(Route route, CallbackContext context) {
        InboundMessage message = context.message();
        if (route.rules().isEmpty()) {
            return fallback.handle(message, context);
        }
        Reply reply = null;
        for (Rule<?> rule : route.rules()) {
            Reply r = rule.handle(message, context);
            if (r != null) {
                reply = r;
            }
        }
        return reply;
    }

    /** Tells the interceptors and the error hook; failures of those are reported, never rethrown. */
    void fail(CallbackContext context, RuntimeException error) {
        for (CallbackInterceptor interceptor : interceptors) {
            try {
                interceptor.onError(context, error);
            } catch (RuntimeException suppressed) {
                error.addSuppressed(suppressed);
            }
        }
        report(context.message(), error);
    }

    /** Hands {@code error} to the error hook; a failing hook cannot break the answer to WeChat. */
    void report(InboundMessage message, RuntimeException error) {
        try {
            errorHook.report(message, error);
        } catch (RuntimeException hookFailure) {
            // the hook is the last resort: log both, WeChat must still get its answer
            hookFailure.addSuppressed(error);
            LOG.error("callback error hook failed while reporting a {} failure", Untrusted.quote(message.msgType(), 32),
                    hookFailure);
        }
    }

    /**
     * The rules matched for one message, and whether any of them asked for the executor.
     *
     * @param rules the matched rules in order; empty means the fallback answers
     * @param async {@code true} when a matched rule is async
     */
    record Route(List<Rule<?>> rules, boolean async) {
        static final Route FALLBACK = new Route(List.of(), false);
    }
}
