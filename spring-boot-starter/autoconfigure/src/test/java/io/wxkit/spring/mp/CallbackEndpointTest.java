package io.wxkit.spring.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.core.message.Click;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.mp.callback.CallbackContext;
import io.wxkit.mp.callback.Rule;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

class CallbackEndpointTest {
    private static final WeChatSide MAIN = new WeChatSide("wxmain0001", "tokenmain");
    private static final WeChatSide SHOP = new WeChatSide("wxshop0002", "tokenshop");

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                    WxCallbackWebConfiguration.class))
            .withUserConfiguration(Mvc.class, Handlers.class)
            .withPropertyValues("wxkit.store=memory",
                    "wxkit.mp.app-id=wxmain0001", "wxkit.mp.secret=s1", "wxkit.mp.token=tokenmain",
                    "wxkit.mp.encoding-aes-key=" + WeChatSide.AES, "wxkit.mp.max-callback-bytes=4096",
                    "wxkit.mp.accounts.shop.app-id=wxshop0002", "wxkit.mp.accounts.shop.secret=s2",
                    "wxkit.mp.accounts.shop.token=tokenshop", "wxkit.mp.accounts.shop.encoding-aes-key=" + WeChatSide.AES);

    private void mvc(Consumer<MockMvc> test) {
        runner.run((AssertableWebApplicationContext ctx) -> {
            assertThat(ctx).hasNotFailed();
            test.accept(MockMvcBuilders.webAppContextSetup(ctx).build());
        });
    }

    @Test
    void urlCheckEchoesOnlyWithAValidSignature() {
        mvc(m -> {
            perform(m, MAIN.echo("/wx/callback", "echo-4711", true), 200, "echo-4711");
            MvcResult bad = perform(m, MAIN.echo("/wx/callback", "echo-4712", false), -1, null);
            assertThat(bad.getResponse().getStatus()).isBetween(400, 499);
            assertThat(body(bad)).doesNotContain("echo-4712");
        });
    }

    @Test
    void anEncryptedTextReachesTheAnnotatedHandlerAndIsAnsweredEncrypted() {
        mvc(m -> {
            MvcResult r = perform(m, MAIN.encrypted("/wx/callback", WeChatSide.text("order 42")), 200, null);
            assertThat(body(r)).doesNotContain("order 42");
            String reply = MAIN.open(body(r));
            assertThat(WeChatSide.element(reply, "Content")).isEqualTo("status of order 42 at wxmain0001");
        });
    }

    @Test
    void ruleBeansServeEveryAccount() {
        mvc(m -> {
            MvcResult main = perform(m, MAIN.encrypted("/wx/callback", WeChatSide.text("ping")), 200, null);
            assertThat(WeChatSide.element(MAIN.open(body(main)), "Content")).isEqualTo("pong");
            MvcResult shop = perform(m, SHOP.encrypted("/wx/callback/shop", WeChatSide.text("ping")), 200, null);
            assertThat(WeChatSide.element(SHOP.open(body(shop)), "Content")).isEqualTo("pong");
        });
    }

    @Test
    void aMenuClickReachesTheEventHandler() {
        mvc(m -> {
            MvcResult r = perform(m, MAIN.encrypted("/wx/callback", WeChatSide.click("NEWS")), 200, null);
            assertThat(WeChatSide.element(MAIN.open(body(r)), "Content")).isEqualTo("today's news");
        });
    }

    @Test
    void eachAccountHasItsOwnPathKeysAndHandlers() {
        mvc(m -> {
            MvcResult r = perform(m, SHOP.encrypted("/wx/callback/shop", WeChatSide.text("hello")), 200, null);
            assertThat(WeChatSide.element(SHOP.open(body(r)), "Content")).isEqualTo("shop rule bean");
            // the main account's keys do not open the shop's door
            MvcResult wrong = perform(m, MAIN.encrypted("/wx/callback/shop", WeChatSide.text("order 1")), -1, null);
            assertThat(wrong.getResponse().getStatus()).isBetween(400, 499);
        });
    }

    @Test
    void aPlainPostToASafeModeAccountIsRefused() {
        mvc(m -> {
            MvcResult r = perform(m, MAIN.plain("/wx/callback", WeChatSide.text("order 42")), -1, null);
            assertThat(r.getResponse().getStatus()).isEqualTo(403);
        });
    }

    @Test
    void oversizedBodiesAreRefusedBeforeParsing() {
        mvc(m -> perform(m, MAIN.plain("/wx/callback", "<xml>" + "x".repeat(5000) + "</xml>"), 413, null));
    }

    @Test
    void badInputIsA400() {
        mvc(m -> {
            MvcResult notXml = perform(m, MAIN.encrypted("/wx/callback", "not xml at all"), -1, null);
            assertThat(notXml.getResponse().getStatus()).isBetween(400, 499);
            perform(m, MAIN.echo("/wx/callback", "e", true).param("nonce", "second"), 400, "repeated query parameter");
            MvcResult doctype = perform(m, MAIN.encrypted("/wx/callback",
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml>&e;</xml>"), -1, null);
            assertThat(doctype.getResponse().getStatus()).isBetween(400, 499);
            assertThat(body(doctype)).doesNotContain("root:");
        });
    }

    private static MvcResult perform(MockMvc m, org.springframework.test.web.servlet.RequestBuilder rb, int status, String body) {
        try {
            var actions = m.perform(rb);
            if (status > 0) {
                actions.andExpect(status().is(status));
            }
            if (body != null) {
                actions.andExpect(content().string(body));
            }
            return actions.andReturn();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MvcResult r) {
        try {
            return r.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {
    }

    @Configuration(proxyBeanMethods = false)
    static class Handlers {
        @Bean
        OrderHandlers orderHandlers() {
            return new OrderHandlers();
        }

        @Bean
        Rule<Text> pingRule() {
            return Rule.on(Text.class).content("ping").reply(t -> Reply.text(t, "pong"));
        }

        @Bean
        WxCallbackCustomizer shopOnly() {
            return (appId, builder) -> {
                if (appId.equals("wxshop0002")) {
                    builder.rule(Rule.on(Text.class).reply(t -> Reply.text(t, "shop rule bean")));
                }
            };
        }
    }

    static class OrderHandlers {
        @WxMessageHandler(msgType = "text", content = "^order (\\d+)$", accounts = "wxmain0001")
        String order(Text message, CallbackContext context) {
            return "status of " + message.content() + " at " + "wxmain0001";
        }

        @WxEventHandler(event = "CLICK", key = "NEWS")
        Reply news(Click click) {
            return Reply.text(click, "today's news");
        }
    }
}
