package io.wxkit.core.http;

import io.wxkit.core.internal.http.Masking;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;

/**
 * Logs every HTTP attempt at DEBUG: method, path, masked query, status, errcode and duration. The
 * access token, secrets, keys and signatures are masked ({@link Masking}); bodies are never logged.
 */
final class LoggingStage implements Stage {
    private final Logger log;
    private final Clock clock;

    LoggingStage(Logger log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Reply handle(Exchange exchange, Chain next) {
        if (!log.isDebugEnabled()) {
            return next.proceed(exchange);
        }
        long start = clock.millis();
        String target = target(exchange);
        try {
            Reply reply = next.proceed(exchange);
            log.debug("wechat {} -> {} errcode=0 in {} ms", target, reply.status(), clock.millis() - start);
            return reply;
        } catch (WxApiException e) {
            log.debug("wechat {} -> {} errcode={} in {} ms: {}", target, e.httpStatus(), e.errcode(),
                    clock.millis() - start, e.getMessage());
            throw e;
        }
    }

    /** {@code POST /cgi-bin/x?access_token=***&type=image} (host index appended when not the first). */
    static String target(Exchange exchange) {
        StringBuilder sb = new StringBuilder(exchange.endpoint());
        char sep = '?';
        if (exchange.token() != null) {
            sb.append(sep).append("access_token=").append(Masking.MASK);
            sep = '&';
        }
        for (Map.Entry<String, String> q : exchange.request().query().entrySet()) {
            sb.append(sep).append(q.getKey()).append('=')
                    .append(Masking.isSensitive(q.getKey()) ? Masking.MASK : q.getValue());
            sep = '&';
        }
        if (exchange.hostIndex() > 0) {
            sb.append(" [fallback host ").append(exchange.hostIndex()).append(']');
        }
        return sb.toString();
    }
}
