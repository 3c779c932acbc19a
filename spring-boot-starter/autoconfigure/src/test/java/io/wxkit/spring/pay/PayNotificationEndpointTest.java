package io.wxkit.spring.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

class PayNotificationEndpointTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxPayAutoConfiguration.class))
            .withUserConfiguration(Mvc.class, Listeners.class)
            .withPropertyValues("wxkit.store=memory").withPropertyValues(PaySide.properties());

    private void mvc(Consumer<Fixture> test) {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            test.accept(new Fixture(MockMvcBuilders.webAppContextSetup(ctx).build(), ctx.getBean(Orders.class)));
        });
    }

    record Fixture(MockMvc mvc, Orders orders) {
        ResultActions perform(RequestBuilder rb) {
            try {
                return mvc.perform(rb);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        void expect(RequestBuilder rb, int status, String body) {
            try {
                perform(rb).andExpect(status().is(status)).andExpect(content().string(body));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aVerifiedPaymentIsPublishedOnceAndAnsweredWithAnEmpty200() {
        mvc(f -> {
            String body = PaySide.payment("EV-1", "ORDER-1", "SUCCESS");
            f.expect(PaySide.post("/pay/paid", body, true), 200, "");
            f.expect(PaySide.post("/pay/paid", body, true), 200, ""); // WeChat Pay's redelivery
            f.expect(PaySide.post("/wx/pay/notify", body, true), 200, ""); // same id on the generic path
            assertThat(f.orders().paid).containsExactly("ORDER-1");
        });
    }

    @Test
    void aRefundIsPublishedAsRefundSucceeded() {
        mvc(f -> {
            f.expect(PaySide.post("/pay/refunded", PaySide.refund("EV-R1", "REFUND-1"), true), 200, "");
            assertThat(f.orders().refunded).containsExactly("REFUND-1");
        });
    }

    @Test
    void aThrowingListenerMakesWeChatPayRedeliver() {
        mvc(f -> {
            f.expect(PaySide.post("/pay/paid", PaySide.payment("EV-2", "EXPLODE", "SUCCESS"), true), 500,
                    "{\"code\":\"FAIL\",\"message\":\"处理失败\"}");
            assertThat(f.orders().paid).isEmpty();
        });
    }

    @Test
    void aBadSignatureIsRefusedAndNothingIsPublished() {
        mvc(f -> {
            f.expect(PaySide.post("/pay/paid", PaySide.payment("EV-3", "ORDER-3", "SUCCESS"), false), 401,
                    "{\"code\":\"FAIL\",\"message\":\"验签失败\"}");
            assertThat(f.orders().paid).isEmpty();
        });
    }

    @Test
    void badInputAndOversizedBodiesAreRefused() {
        mvc(f -> {
            try {
                int garbage = f.perform(PaySide.post("/pay/paid", "{not json", true)).andReturn().getResponse().getStatus();
                assertThat(garbage).isBetween(400, 499);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            f.expect(PaySide.post("/pay/paid", "{\"x\":\"" + "y".repeat(9000) + "\"}", true), 413,
                    "{\"code\":\"FAIL\",\"message\":\"body too large\"}");
            assertThat(f.orders().paid).isEmpty();
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {
        @Bean
        Orders orders() {
            return new Orders();
        }
    }

    static class Orders {
        final List<String> paid = new CopyOnWriteArrayList<>();
        final List<String> refunded = new CopyOnWriteArrayList<>();

        @EventListener
        void onPaid(PaymentSucceededEvent e) {
            if (e.notification().outTradeNo().equals("EXPLODE")) {
                throw new IllegalStateException("inventory service down");
            }
            paid.add(e.notification().outTradeNo());
        }

        @EventListener
        void onRefund(RefundSucceededEvent e) {
            refunded.add(e.notification().outRefundNo());
        }
    }
}
