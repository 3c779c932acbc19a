package io.wxkit.examples.news;

import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.draft.Article;
import io.wxkit.mp.material.AddedMaterial;
import io.wxkit.mp.media.MediaType;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Publishes the demo articles on the news account through WeChat's own path: a permanent cover material, a draft
 * ({@code draft/add}), then {@code freepublish/submit}. The news pages and the 今日新闻 reply read them back from
 * the account ({@code freepublish/batchget}), so nothing about the articles is kept in the app. Every start against
 * the emulator (it forgets publications); never against real WeChat, whose articles are the organisation's.
 */
@Component
@ConditionalOnProperty(name = "examples.emulator.enabled", havingValue = "true", matchIfMissing = true)
class NewsSeed implements DemoSeed {
    private final WeChatAccounts accounts;

    NewsSeed(WeChatAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "news";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public void seed() {
        // the articles live in the account: see everyStart
    }

    @Override
    public void everyStart() {
        WxMp mp = accounts.service();
        // oldest first, so the freshest article is the newest publication
        for (int i = DemoArticles.ALL.size() - 1; i >= 0; i--) {
            DemoArticles.Text t = DemoArticles.ALL.get(i);
            byte[] jpeg = CoverImage.jpeg(t.colour(), i + 1);
            AddedMaterial cover = mp.materials().add(MediaType.THUMB, "cover-" + (i + 1) + ".jpg",
                    new ByteArrayInputStream(jpeg), jpeg.length);
            String draft = mp.drafts().add(List.of(Article.news(t.title(), t.html(), cover.mediaId())
                    .withAuthor(t.author()).withDigest(t.digest())));
            mp.freepublish().submit(draft);
        }
    }
}
