package io.wxkit.spring.pay;

import io.wxkit.pay.RoutedNotification;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.WxPayRegistry;
import io.wxkit.pay.notification.NotificationAnswer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    PayNotificationWebHandler(WxPayRegistry registry, PayNotificationPublisher publisher, int maxBytes) {
        this.registry = registry;
        this.publisher = publisher;
        this.maxBytes = maxBytes;
    }

    ServerResponse handle(ServerRequest request) throws IOException {
        HttpServletRequest servlet = request.servletRequest();
        if (servlet.getContentLengthLong() > maxBytes) {
            return answer(new NotificationAnswer(413, fail("body too large"), "application/json"));
        }
        byte[] bytes = servlet.getInputStream().readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return answer(new NotificationAnswer(413, fail("body too large"), "application/json"));
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().asHttpHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        RoutedNotification routed;
        try {
            routed = registry.parse(request.path(), headers, new String(bytes, StandardCharsets.UTF_8));
        } catch (WxPayException refused) {
            // the code is wxkit's (e.g. SIGNATURE_MISMATCH); WeChat Pay only needs to know it failed
            LOG.warn("WeChat Pay notification refused: {}", refused.code());
            return answer(new NotificationAnswer(401, fail("验签失败"), "application/json"));
        } catch (RuntimeException malformed) {
            LOG.warn("WeChat Pay notification unreadable: {}", malformed.getClass().getSimpleName());
            return answer(new NotificationAnswer(400, fail("报文格式错误"), "application/json"));
        }
        return answer(publisher.publish(routed));
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
