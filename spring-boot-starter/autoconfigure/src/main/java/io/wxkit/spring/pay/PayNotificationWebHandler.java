package io.wxkit.spring.pay;

import io.wxkit.pay.RoutedNotification;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.WxPayRegistry;
import io.wxkit.pay.notification.NotificationAnswer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The servlet side of the notification endpoint: bounded body, case-insensitive headers, verification by
 * the registry, then {@link PayNotificationPublisher}; answers as WeChat Pay expects (200 empty, or 4xx/5xx
 * with {@code {"code":"FAIL","message":..}}).
 */
final class PayNotificationWebHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PayNotificationWebHandler.class);

    private final WxPayRegistry registry;
    private final PayNotificationPublisher publisher;
    private final int maxBytes;
    private final List<PayNotificationRefusals> refusals;

    PayNotificationWebHandler(WxPayRegistry registry, PayNotificationPublisher publisher, int maxBytes,
                              List<PayNotificationRefusals> refusals) {
        this.registry = registry;
        this.publisher = publisher;
        this.maxBytes = maxBytes;
        this.refusals = List.copyOf(refusals);
    }

    ServerResponse handle(ServerRequest request) throws IOException {
        HttpServletRequest servlet = request.servletRequest();
        if (servlet.getContentLengthLong() > maxBytes) {
            return refuse("BODY_TOO_LARGE", 413, "body too large");
        }
        byte[] bytes = servlet.getInputStream().readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return refuse("BODY_TOO_LARGE", 413, "body too large");
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().asHttpHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        RoutedNotification routed;
        try {
            routed = registry.parse(request.path(), headers, new String(bytes, StandardCharsets.UTF_8));
        } catch (WxPayException refused) {
            // the code is wxkit's (e.g. SIGNATURE_MISMATCH); WeChat Pay only needs to know it failed
            LOG.warn("WeChat Pay notification refused: {}", refused.code());
            return refuse(refused.code(), 401, "验签失败");
        } catch (RuntimeException malformed) {
            LOG.warn("WeChat Pay notification unreadable: {}", malformed.getClass().getSimpleName());
            return refuse("UNREADABLE", 400, "报文格式错误");
        }
        return answer(publisher.publish(routed));
    }

    private ServerResponse refuse(String reason, int status, String message) {
        for (PayNotificationRefusals r : refusals) {
            try {
                r.refused(reason);
            } catch (RuntimeException e) { // metrics must never change WeChat Pay's answer
                LOG.warn("a PayNotificationRefusals bean failed: {}", e.toString());
            }
        }
        return answer(new NotificationAnswer(status, fail(message), "application/json"));
    }

    private static String fail(String message) {
        return "{\"code\":\"FAIL\",\"message\":\"" + message + "\"}";
    }

    private static ServerResponse answer(NotificationAnswer a) {
        if (a.body().isEmpty()) {
            return ServerResponse.status(a.status()).build();
        }
        return ServerResponse.status(a.status()).contentType(MediaType.parseMediaType(a.contentType())).body(a.body());
    }
}
