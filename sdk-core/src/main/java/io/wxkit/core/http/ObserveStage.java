package io.wxkit.core.http;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Right after the token stage when a listener is set: reports the start and outcome of each attempt with one token (retries included). */
final class ObserveStage implements Stage {
    private static final Logger LOG = LoggerFactory.getLogger(ObserveStage.class);
    private static final ApiCallListener.Completion NONE = call -> { };
    private final ApiCallListener listener;

    ObserveStage(ApiCallListener listener) {
        this.listener = listener;
    }

    @Override
    public Reply handle(Exchange exchange, Chain next) {
        long start = System.nanoTime();
        ApiCallListener.Completion completion = start(exchange.endpoint());
        Reply reply;
        try {
            reply = next.proceed(exchange);
        } catch (WxApiException e) {
            finish(completion, new ApiCall(exchange.endpoint(), e.errcode(), e.httpStatus(), e.isTransportFailure(),
                    since(start)));
            throw e;
        }
        finish(completion, new ApiCall(exchange.endpoint(), 0, reply.status(), false, since(start)));
        return reply;
    }

    private ApiCallListener.Completion start(String endpoint) {
        try {
            ApiCallListener.Completion c = listener.started(endpoint);
            return c == null ? NONE : c;
        } catch (RuntimeException e) {
            // metrics must never fail a call
            LOG.warn("ApiCallListener failed at the start of {}: {}", endpoint, e.toString());
            return NONE;
        }
    }

    private static void finish(ApiCallListener.Completion completion, ApiCall call) {
        try {
            completion.finished(call);
        } catch (RuntimeException e) {
            LOG.warn("ApiCallListener failed at the end of {}: {}", call.endpoint(), e.toString());
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
