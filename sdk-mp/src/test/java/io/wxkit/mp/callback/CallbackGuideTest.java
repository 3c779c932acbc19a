package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Subscribe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guide/callback.md, compiled and run so the guide cannot rot. */
class CallbackGuideTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);

    private static String todayNews() {
        return "Today: wxkit 0.1 released";
    }

    private static String orderStatus(String no) {
        return "Order " + no + " has shipped";
    }

    @Test
    void aSubscribeWelcomeAMenuClickAndAKeywordQuery() {
        CallbackHandler callback = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
                .mode(CallbackMode.COMPATIBLE).plaintextReplies(true).clock(clock)
            .onEvent(Subscribe.class, e -> Reply.news(e, List.of(
                Article.of("Welcome", "What we do", "https://example.com/cover.jpg", "https://example.com/about"))))
            .onEvent(Click.class, "NEWS", e -> Reply.text(e, todayNews()))
            .rule(KeywordQuery.keywords("查询", "order").text(no -> orderStatus(no)))
            .build();

        assertThat(WeChat.element(callback.handle(wechat.plain(Shared.sample("event-subscribe.xml"))).body(), "Title"))
                .isEqualTo("Welcome");
        assertThat(WeChat.element(callback.handle(wechat.plain(Shared.sample("event-click.xml").replace("EVENTKEY", "NEWS")))
                .body(), "Content")).isEqualTo(todayNews());
        String query = Shared.sample("inbound-text.xml").replace("this is a test", "查询 12345");
        assertThat(WeChat.element(wechat.open(callback.handle(wechat.safe(query)).body()), "Content"))
                .isEqualTo("Order 12345 has shipped");
    }
}
