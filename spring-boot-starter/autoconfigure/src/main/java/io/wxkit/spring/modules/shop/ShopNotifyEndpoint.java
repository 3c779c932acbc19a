package io.wxkit.spring.modules.shop;

import io.wxkit.modules.shop.ShopModule;
import io.wxkit.pay.notification.NotificationAnswer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's notify URL ({@code <base-path>/shop/pay/notify}; point {@code wxkit.modules.shop.notify-url} at
 * it): WeChat Pay's payment and refund notifications, verified by the shop and answered as WeChat Pay expects
 * (a failure makes it redeliver). No user: the signature is the authentication.
 */
@RestController
@RequestMapping("${wxkit.modules.base-path:/wxkit/modules}/shop/pay")
public class ShopNotifyEndpoint {
    private final ShopModule shop;

    /**
     * The controller the starter registers (bean of {@link ShopWebConfiguration}) when the shop module runs
     * ({@code wxkit.modules.shop.enabled=true}) in a servlet web application; public for Spring MVC,
     * applications do not construct it. Stateless apart from its collaborators, so safe for concurrent requests.
     *
     * @param shop the shop module bean, which verifies and applies the notifications
     */
    public ShopNotifyEndpoint(ShopModule shop) {
        this.shop = shop;
    }

    @PostMapping("/notify")
    ResponseEntity<String> notify(@RequestBody(required = false) String body, HttpServletRequest request) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        NotificationAnswer answer = shop.payments().handle(headers, body == null ? "" : body);
        ResponseEntity.BodyBuilder reply = ResponseEntity.status(answer.status());
        if (answer.contentType() != null) {
            reply = reply.contentType(MediaType.parseMediaType(answer.contentType()));
        }
        return reply.body(answer.body());
    }
}
