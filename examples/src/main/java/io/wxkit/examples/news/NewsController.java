package io.wxkit.examples.news;

import io.wxkit.core.http.WxApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 微发布: the list of published articles and one article's page. */
@Controller
class NewsController {
    /** WeChat article ids are URL-safe Base64-like strings; anything else cannot be one. */
    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9_\\-=]{1,128}");
    /** WeChat's "invalid article_id" (freepublish/getarticle). */
    private static final int INVALID_ARTICLE_ID = 53600;

    private final NewsSource news;

    NewsController(NewsSource news) {
        this.news = news;
    }

    @GetMapping("/news")
    String list(Model model) {
        model.addAttribute("pageTitle", "微发布 · 新闻");
        model.addAttribute("articles", news.latest());
        return "news/list";
    }

    @GetMapping("/news/{id}")
    String article(@PathVariable String id, Model model, HttpServletResponse response) {
        model.addAttribute("pageTitle", "微发布 · 新闻");
        if (!ARTICLE_ID.matcher(id).matches()) {
            return notFound(model, response);
        }
        try {
            return news.article(id).map(a -> {
                // the article body is the account's HTML: render it, but let no script in it run
                response.addHeader("Content-Security-Policy", "script-src 'none'; object-src 'none'; base-uri 'none'");
                model.addAttribute("article", a);
                return "news/article";
            }).orElseGet(() -> notFound(model, response));
        } catch (WxApiException e) {
            if (e.errcode() == INVALID_ARTICLE_ID) {
                return notFound(model, response);
            }
            throw e;
        }
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("error", "没有这篇文章（可能已被删除）。 No such article.");
        return "news/missing";
    }
}
