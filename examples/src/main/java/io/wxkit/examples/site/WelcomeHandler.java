package io.wxkit.examples.site;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Subscribe;
import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.spring.mp.WxEventHandler;
import java.util.List;
import org.springframework.stereotype.Component;

/** A new follower (of either account) gets the welcome news: cards that open the micro site's pages. */
@Component
class WelcomeHandler {
    private final WeChatAccounts accounts;

    WelcomeHandler(WeChatAccounts accounts) {
        this.accounts = accounts;
    }

    @WxEventHandler(event = "subscribe")
    Reply welcome(Subscribe event) {
        return Reply.news(event, articles());
    }

    /** WeChat allows up to 8 articles in the answer to an event (1 only in the answer to a user's message). */
    List<Article> articles() {
        return List.of(
                Article.of("欢迎关注江南文化中心", "点这里打开微官网：展览、讲座、活动一站看全", null,
                        accounts.url("/site")),
                Article.of("微发布 · 最新动态", "中心的新闻与公告", null, accounts.url("/news")),
                Article.of("微展示 · 文化长廊", "走进非遗与典藏", null, accounts.url("/culture")));
    }
}
