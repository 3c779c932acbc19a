package io.wxkit.examples.news;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.Reply;
import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.spring.mp.WxEventHandler;
import java.util.List;
import org.springframework.stereotype.Component;

/** The menu's 今日新闻 (CLICK {@code NEWS}): the latest published articles as news cards opening our pages. */
@Component
class TodayNewsHandler {
    /** Cards in one news answer: WeChat allows 8 for an event; five fill a phone screen. */
    private static final int CARDS = 5;

    private final NewsSource news;
    private final WeChatAccounts accounts;

    TodayNewsHandler(NewsSource news, WeChatAccounts accounts) {
        this.news = news;
        this.accounts = accounts;
    }

    @WxEventHandler(event = "CLICK", key = "NEWS")
    Reply today(Click click) {
        List<Article> cards = news.latest().stream().limit(CARDS)
                .map(a -> Article.of(a.title(), a.digest(), a.coverUrl(), accounts.url("/news/" + a.id())))
                .toList();
        if (cards.isEmpty()) {
            return Reply.text(click, "今天还没有新闻，请稍后再来看看。");
        }
        return Reply.news(click, cards);
    }
}
