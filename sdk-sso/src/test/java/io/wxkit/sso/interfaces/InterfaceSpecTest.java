package io.wxkit.sso.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class InterfaceSpecTest {
    private static final String URL = "https://erp.example.com/wx/order";

    @Test
    void aCompleteDefinitionSurvivesTheStoredJsonForEveryTriggerAndReplyKind() {
        List<Trigger> triggers = List.of(Trigger.exact("余额"), Trigger.keywords("订单", "order"),
                Trigger.regex("订单\\s*(\\d+)"), Trigger.menuClick("MY_ORDERS"), Trigger.scanScene("shop-7"));
        List<ReplyTemplate> replies = List.of(ReplyTemplate.text("{answer.status}"),
                ReplyTemplate.news("data.items", "title", null, "link", "cover"));
        for (Trigger t : triggers) {
            for (ReplyTemplate r : replies) {
                InterfaceSpec spec = InterfaceSpec.builder("n", t, "erp").get(URL, "no={argument}")
                        .timeout(Duration.ofMillis(1500)).reply(r)
                        .fallbacks(new Fallbacks("slow", "broken", "bind {bind_url}")).maxAnswerBytes(4096).build();
                assertThat(InterfaceJson.read(InterfaceJson.write(spec))).isEqualTo(spec);
            }
        }
    }

    @Test
    void brokenDefinitionsAreRefusedWhenConfiguredNotWhenAUserTriggersThem() {
        assertInvalid(() -> Trigger.regex("订单(\\d+"), "regex does not compile");
        assertInvalid(() -> Trigger.keywords(), "1..20 keywords");
        assertInvalid(() -> Trigger.exact(" "), "keyword must be");
        assertInvalid(() -> ReplyTemplate.text("{password}"), "unknown placeholder");
        assertInvalid(() -> ReplyTemplate.text("{answer.a..b}"), "bad JSON path");
        assertInvalid(() -> spec().post(URL, "{\"no\":{argument}}").build(), "JSON object");
        assertInvalid(() -> spec().post(URL, "[\"{argument}\"]").build(), "JSON object");
        assertInvalid(() -> spec().post(URL, "{\"x\":\"{answer.y}\"}").build(), "cannot use {answer");
        assertInvalid(() -> spec().get(URL, "no={argument}#x").build(), "query string");
        assertInvalid(() -> spec().post("https://user:pw@erp.example.com/x", "{}").build(), "user info");
        assertInvalid(() -> spec().post("ftp://erp.example.com/x", "{}").build(), "http(s) URL");
        assertInvalid(() -> spec().post(URL, "{}").timeout(Duration.ofMillis(50)).build(), "timeout");
        assertInvalid(() -> spec().post(URL, "{}").timeout(Duration.ofSeconds(21)).build(), "timeout");
        assertInvalid(() -> spec().post(URL, "{}").maxAnswerBytes(300 * 1024).build(), "maxAnswerBytes");
        assertInvalid(() -> InterfaceSpec.builder("x", Trigger.exact("a"), "e!").post(URL, "{}")
                .reply(ReplyTemplate.text("t")).build(), "client id");
        assertInvalid(() -> InterfaceSpec.builder("a\nb", Trigger.exact("a"), "erp").post(URL, "{}")
                .reply(ReplyTemplate.text("t")).build(), "name");
        assertInvalid(() -> new Fallbacks("", "e", "u"), "timeout fallback");
    }

    private static InterfaceSpec.Builder spec() {
        return InterfaceSpec.builder("order", Trigger.keywords("订单"), "erp").reply(ReplyTemplate.text("ok"));
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InterfaceException.class,
                e -> assertThat(e.error()).isEqualTo(InterfaceError.INVALID_DEFINITION)).hasMessageContaining(message);
    }
}
