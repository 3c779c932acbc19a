package io.wxkit.sso.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.Scan;
import io.wxkit.core.message.Subscribe;
import io.wxkit.core.message.Text;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateAndTriggerTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void jsonEscapingKeepsAnInsertedValueInsideItsString() throws Exception {
        Template t = Template.parse("{\"no\":\"{argument}\",\"role\":\"user\"}");
        String rendered = t.render(Map.of("argument", "1\",\"role\":\"admin\\\n</script>"), null, Escape::json);
        JsonNode json = InterfaceJson.MAPPER.readTree(rendered);
        assertThat(json.get("role").asText()).isEqualTo("user");
        assertThat(json.get("no").asText()).isEqualTo("1\",\"role\":\"admin\\\n</script>");
        assertThat(rendered).doesNotContain("<");
    }

    @Test
    void queryEscapingKeepsAnInsertedValueInsideItsParameter() {
        String rendered = Template.parse("no={argument}").render(Map.of("argument", "1&openid=oOther#x"), null,
                Escape::query);
        assertThat(rendered).isEqualTo("no=1%26openid%3DoOther%23x");
    }

    @Test
    void wechatTextEscapingTurnsMarkupFromTheAnswerIntoInertText() throws Exception {
        JsonNode answer = InterfaceJson.MAPPER.readTree(
                "{\"status\":\"<a href=\\\"https://evil.example\\\">点此退款</a>\\u0007\",\"eta\":3}");
        String text = Template.parse("<a href=\"https://erp.example.com\">订单</a> {answer.status} {answer.eta}"
                + " {answer.missing}|").render(Map.of(), answer, Escape::wechatText);
        assertThat(text).isEqualTo("<a href=\"https://erp.example.com\">订单</a> ＜a href=\"https://evil.example\"＞点此退款"
                + "＜/a＞ 3 |");
    }

    @Test
    void answerPathsReadNestedFieldsAndIndexesAndNothingElse() throws Exception {
        JsonNode answer = InterfaceJson.MAPPER.readTree("{\"order\":{\"lines\":[{\"sku\":\"A1\"},{\"sku\":\"B2\"}]}}");
        assertThat(JsonPath.parse("order.lines[1].sku").text(answer)).isEqualTo("B2");
        assertThat(JsonPath.parse("order.lines").text(answer)).isEmpty();
        assertThat(JsonPath.parse("order.lines[7].sku").text(answer)).isEmpty();
        assertThat(JsonPath.parse("order.x").find(answer)).isNull();
    }

    @Test
    void keywordTriggersFollowKeywordQueryPrefixAndArgumentRules() {
        CompiledTrigger t = new CompiledTrigger(Trigger.keywords("订单", "order"));
        assertThat(t.match(text("  订单  20240101 "))).isEqualTo(new Captured("订单  20240101", "20240101",
                java.util.List.of()));
        assertThat(t.match(text("ORDER 7")).argument()).isEqualTo("7");
        assertThat(t.match(text("我的订单"))).isNull();
        assertThat(t.match(new Click("gh_1", "o1", NOW, "订单"))).isNull();
    }

    @Test
    void exactAndRegexTriggersCaptureWhatTheyPromise() {
        assertThat(new CompiledTrigger(Trigger.exact("余额")).match(text(" 余额 "))).isNotNull();
        assertThat(new CompiledTrigger(Trigger.exact("余额")).match(text("余额 1"))).isNull();
        CompiledTrigger regex = new CompiledTrigger(Trigger.regex("订单\\s*(\\d{4,})\\s*(\\w*)"));
        Captured c = regex.match(text("订单 12345 express"));
        assertThat(c.argument()).isEqualTo("12345");
        assertThat(c.groups()).containsExactly("12345", "express");
        assertThat(regex.match(text("订单 12"))).isNull();
    }

    @Test
    void menuAndSceneTriggersMatchTheirEventsOnly() {
        CompiledTrigger click = new CompiledTrigger(Trigger.menuClick("MY_ORDERS"));
        assertThat(click.match(new Click("gh_1", "o1", NOW, "MY_ORDERS"))).isNotNull();
        assertThat(click.match(new Click("gh_1", "o1", NOW, "OTHER"))).isNull();
        assertThat(click.match(text("MY_ORDERS"))).isNull();
        CompiledTrigger scene = new CompiledTrigger(Trigger.scanScene("shop-7"));
        assertThat(scene.match(new Scan("gh_1", "o1", NOW, "shop-7", "t"))).isNotNull();
        assertThat(scene.match(new Subscribe("gh_1", "o1", NOW, "qrscene_shop-7", "t")).argument()).isEqualTo("shop-7");
        assertThat(scene.match(new Subscribe("gh_1", "o1", NOW, null, null))).isNull();
        assertThat(scene.match(new Scan("gh_1", "o1", NOW, "shop-8", "t"))).isNull();
    }

    @Test
    void longTextsAreCutToWeChatsByteLimitOnACharacterBoundary() {
        String cut = ReplyRenderer.cut("订".repeat(1000));
        assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(cut).endsWith("\u2026").startsWith("订订");
        assertThat(ReplyRenderer.cut("short")).isEqualTo("short");
    }

    private static Text text(String content) {
        return new Text("gh_1", "o1", NOW, 1L, content);
    }
}
