package io.wxkit.pay.internal;

import io.wxkit.pay.observe.PayCallListener;
import io.wxkit.pay.observe.PayCallResult;
import io.wxkit.pay.WxPayException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports each call of a {@link PayClient} to its {@link PayCallListener}; a failing listener never fails a call. */
final class CallObserver {
    private static final Logger LOG = LoggerFactory.getLogger(CallObserver.class);
    private static final PayCallListener.Completion NONE = call -> { };

    private final PayCallListener listener;

    /** @param listener who hears the calls, or {@code null} for nobody (then {@link #observe} only runs the call) */
    CallObserver(PayCallListener listener) {
        this.listener = listener;
    }

    /** Runs {@code call} to {@code endpoint}, reporting its start and its outcome ({@code status} of the answer). */
    <T> T observe(String endpoint, Supplier<T> call, ToIntFunction<T> status) {
        if (listener == null) {
            return call.get();
        }
        long start = System.nanoTime();
        PayCallListener.Completion completion = start(endpoint);
        T result;
        try {
            result = call.get();
        } catch (WxPayException e) {
            finish(completion, new PayCallResult(endpoint, e.status(), e.code(), transport(e), since(start)));
            throw e;
        } catch (RuntimeException e) {
            finish(completion, new PayCallResult(endpoint, 0, e.getClass().getSimpleName(), false, since(start)));
            throw e;
        }
        finish(completion, new PayCallResult(endpoint, status.applyAsInt(result), null, false, since(start)));
        return result;
    }

    /** No answer came: retries exhausted on transport errors, or an unsent/ambiguous non-idempotent call. */
    private static boolean transport(WxPayException e) {
        return e.status() == 0 && (e.code().equals("TRANSPORT_ERROR") || e.code().equals(WxPayException.OUTCOME_UNKNOWN));
    }

    private PayCallListener.Completion start(String endpoint) {
        try {
            PayCallListener.Completion c = listener.started(endpoint);
            return c == null ? NONE : c;
        } catch (RuntimeException e) {
            LOG.warn("PayCallListener failed at the start of {}: {}", endpoint, e.toString());
            return NONE;
        }
    }

    private static void finish(PayCallListener.Completion completion, PayCallResult result) {
        try {
            completion.finished(result);
        } catch (RuntimeException e) {
            LOG.warn("PayCallListener failed at the end of {}: {}", result.endpoint(), e.toString());
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
