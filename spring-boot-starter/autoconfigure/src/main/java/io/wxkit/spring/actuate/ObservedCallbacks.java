package io.wxkit.spring.actuate;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.core.message.Event;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import io.wxkit.mp.callback.CallbackContext;
import io.wxkit.mp.callback.CallbackInterceptor;
import io.wxkit.mp.callback.CallbackBuilder;
import io.wxkit.spring.mp.WxCallbackCustomizer;

/**
 * The handling of each verified, non-duplicate callback message as an observation {@code wxkit.callback}
 * (appid, msg type, outcome), timed from before the first rule to the reply. The observation travels in the
 * {@link CallbackContext}, not in a ThreadLocal, so an async rule or a late reply cannot leak it. Async rules
 * and late replies run on an {@link ObservedExecutor}, so the callback request's trace is the parent of their
 * work, the late customer-service send included.
 */
final class ObservedCallbacks implements WxCallbackCustomizer, AutoCloseable {
    static final String NAME = "wxkit.callback";
    private static final String KEY = ObservedCallbacks.class.getName();

    private final ObservationRegistry registry;
    private final ObservedExecutor executor;

    ObservedCallbacks(ObservationRegistry registry) {
        this(registry, ObservedExecutor.pool(registry));
    }

    ObservedCallbacks(ObservationRegistry registry, ObservedExecutor executor) {
        this.registry = registry;
        this.executor = executor;
    }

    /** Stops the pool of async rules and late replies with the application context. */
    @Override
    public void close() {
        executor.close();
    }

    @Override
    public void customize(String appId, CallbackBuilder builder) {
        builder.executor(executor);
        builder.interceptor(new CallbackInterceptor() {
            @Override
            public boolean before(CallbackContext context) {
                context.put(KEY, Observation.createNotStarted(NAME, registry).lowCardinalityKeyValue("appid", appId)
                        .lowCardinalityKeyValue("msg.type", type(context.message())).start());
                return true;
            }

            @Override
            public Reply after(CallbackContext context, Reply reply) {
                stop(context, reply == null ? "no-reply" : "reply", null);
                return reply;
            }

            @Override
            public void onError(CallbackContext context, RuntimeException error) {
                stop(context, "error", error);
            }
        });
    }

    private static void stop(CallbackContext context, String outcome, RuntimeException error) {
        context.get(KEY, Observation.class).ifPresent(o -> {
            context.put(KEY, Observation.NOOP); // stopped once, whichever of after/onError comes first
            o.lowCardinalityKeyValue("outcome", outcome);
            if (error != null) {
                o.error(error);
            }
            o.stop();
        });
    }

    private static String type(InboundMessage m) {
        return m instanceof Event e ? "event." + e.event() : m.msgType();
    }
}
