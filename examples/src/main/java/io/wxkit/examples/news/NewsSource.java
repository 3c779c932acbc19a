package io.wxkit.examples.news;

import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.mp.draft.NewsItem;
import io.wxkit.mp.freepublish.PublishedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The service account's published articles, read from the account each time ({@code freepublish/batchget} and
 * {@code freepublish/getarticle}): the account is the one source of truth for 微发布, whatever published them.
 * Each publication's first article is the one shown (the demo publishes one article per publication).
 */
@Component
public class NewsSource {
    private static final int PAGE = 20;

    private final WeChatAccounts accounts;

    NewsSource(WeChatAccounts accounts) {
        this.accounts = accounts;
    }

    /** The latest published articles, newest first (at most 20). */
    public List<NewsArticle> latest() {
        List<NewsArticle> news = new ArrayList<>();
        for (PublishedItem item : accounts.service().freepublish().list(0, PAGE, true).items()) {
            item.articles().stream().filter(a -> !a.deleted()).findFirst()
                    .ifPresent(a -> news.add(NewsArticle.of(item.articleId(), a, item.updateTime())));
        }
        // update_time has one-second resolution and publications of the same second are listed in publishing
        // order: reverse first, then a stable sort by time keeps the later of two same-second ones first
        Collections.reverse(news);
        news.sort(Comparator.comparing(NewsArticle::updated).reversed());
        return news;
    }

    /** One published article, or empty when the account has none with this id. */
    public Optional<NewsArticle> article(String articleId) {
        List<NewsItem> items = accounts.service().freepublish().getArticle(articleId);
        return items.stream().filter(a -> !a.deleted()).findFirst()
                .map(a -> NewsArticle.of(articleId, a, null));
    }

    /** A published article as the pages show it. */
    public record NewsArticle(String id, String title, String author, String digest, String coverUrl, String html,
                              Instant updated) {
        static NewsArticle of(String id, NewsItem a, Instant updated) {
            return new NewsArticle(id, a.title(), a.author(), a.digest(), a.thumbUrl(), a.content(),
                    updated == null ? Instant.EPOCH : updated);
        }
    }
}
