package io.wxkit.spring.app;

import io.wxkit.core.message.Text;
import io.wxkit.spring.mp.WxMessageHandler;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

/** The minimal application of docs/guide/spring-boot.md: properties plus one annotated handler, nothing else. */
@SpringBootApplication
public class MinimalApp {

    @Component
    static class Orders {
        @WxMessageHandler(msgType = "text", content = "^order (\\d+)$")
        String status(Text message) {
            return "Order " + message.content().substring(6) + " has shipped";
        }
    }
}
