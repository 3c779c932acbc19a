package io.wxkit.sso.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.message.Text;
import io.wxkit.mp.callback.KeywordQuery;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A business interface's keyword and regex triggers accept exactly the texts sdk-mp's {@link KeywordQuery}
 * accepts, with the same argument: an administrator's "订单 <number>" behaves like the coded rule.
 */
class KeywordQueryAgreementTest {
    static final List<String> TEXTS = List.of("订单 42", "  订单42  ", "ORDER 7", "order", "orders 9", "我的订单 1",
            "订单", " 订单 \t 2024-01-01 ", "Order  x y ", "query 1", "", "   ", "订单\n3", "ordeR42");

    @Test
    void keywordTriggersAgreeWithKeywordQueryOnEveryText() {
        CompiledTrigger trigger = new CompiledTrigger(Trigger.keywords("订单", "order"));
        KeywordQuery query = KeywordQuery.keywords("订单", "order");
        for (String content : TEXTS) {
            Captured c = trigger.match(text(content));
            assertThat(c == null ? null : c.argument()).as("text %s", content).isEqualTo(query.argument(content));
        }
    }

    @Test
    void regexTriggersAgreeWithKeywordQueryOnEveryText() {
        for (String regex : List.of("订单\\s*(\\d+)", "(?i)order (\\w+)", "查询.*", "(a)?b(\\d)")) {
            CompiledTrigger trigger = new CompiledTrigger(Trigger.regex(regex));
            KeywordQuery query = KeywordQuery.patterns(Pattern.compile(regex));
            for (String content : List.of("订单 42", "订单42", "ORDER abc", "查询余额", "b7", "ab7", "x", " 订单 9 ")) {
                Captured c = trigger.match(text(content));
                assertThat(c == null ? null : c.argument()).as("%s on %s", regex, content)
                        .isEqualTo(query.argument(content));
            }
        }
    }

    private static Text text(String content) {
        return new Text("gh_1", "o1", Instant.parse("2026-12-03T08:00:00Z"), 1L, content);
    }
}
