package io.wxkit.mp.draft;

import io.wxkit.mp.internal.draft.NewsContent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The draft box (草稿箱, {@code /cgi-bin/draft/*}) of an Official Account: where articles wait
 * before {@code mp.freepublish().submit(..)} or a mass send.
 *
 * <pre>{@code
 * String draftId = mp.drafts().add(List.of(Article.news("Spring vote", html, coverMediaId)));
 * String publishId = mp.freepublish().submit(draftId).publishId();
 * }</pre>
 *
 * <p>Obtained from {@code WxMp.drafts()}; stateless and thread-safe; each call blocks on one HTTP
 * exchange and throws {@link WxApiException} when WeChat refuses (40007 invalid media_id, 53404
 * draft in use, ...). Invalid arguments fail with {@link IllegalArgumentException} before any call.
 */
public final class DraftApi {
    /** Most articles in one draft. */
    public static final int MAX_ARTICLES = 8;
    /** Most drafts per {@link #list} page. */
    public static final int MAX_PAGE_SIZE = 20;

    private final ApiClient api;

    /**
     * Binds the draft endpoints to {@code api} (an {@link ApiClient} with access tokens).
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public DraftApi(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Adds a draft of 1..8 articles and returns its media id ({@code POST /cgi-bin/draft/add}).
     *
     * @param articles 1..{@value #MAX_ARTICLES} articles, in display order
     * @return the draft's {@code media_id}, for {@code freepublish().submit(..)}, {@link #get} and {@link #update}
     * @throws WxApiException if WeChat refuses the content
     * @throws IllegalArgumentException if {@code articles} is empty or has more than {@value #MAX_ARTICLES}
     */
    public String add(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        if (articles.isEmpty() || articles.size() > MAX_ARTICLES) {
            throw new IllegalArgumentException("a draft holds 1.." + MAX_ARTICLES + " articles, got " + articles.size());
        }
        Map<String, Object> body = Map.of("articles", List.copyOf(articles));
        return api.call(ApiRequest.post("/cgi-bin/draft/add").json(body), MediaId.class).mediaId();
    }

    /**
     * The articles of a draft ({@code POST /cgi-bin/draft/get}).
     *
     * @param mediaId the draft's {@code media_id}; not blank
     * @return the articles, in display order
     * @throws IllegalArgumentException if {@code mediaId} is null or blank
     */
    public List<NewsItem> get(String mediaId) {
        Map<String, String> body = Map.of("media_id", Article.requireText(mediaId, "mediaId"));
        return api.call(ApiRequest.post("/cgi-bin/draft/get").json(body).asIdempotent(), NewsContent.class).newsItem();
    }

    /**
     * Replaces article {@code index} (0 = first) of a draft ({@code POST /cgi-bin/draft/update}).
     *
     * @param mediaId the draft's {@code media_id}; not blank
     * @param index 0..{@value #MAX_ARTICLES} - 1
     * @param article the replacement; not null
     * @throws IllegalArgumentException if {@code mediaId} is blank or {@code index} is out of range
     * @throws WxApiException if WeChat refuses, e.g. when {@code index} is beyond the draft's articles
     */
    public void update(String mediaId, int index, Article article) {
        Objects.requireNonNull(article, "article");
        if (index < 0 || index >= MAX_ARTICLES) {
            throw new IllegalArgumentException("index must be 0.." + (MAX_ARTICLES - 1));
        }
        Update body = new Update(Article.requireText(mediaId, "mediaId"), index, article);
        api.call(ApiRequest.post("/cgi-bin/draft/update").json(body).asIdempotent(), Void.class);
    }

    /**
     * Deletes a draft ({@code POST /cgi-bin/draft/delete}).
     *
     * @param mediaId the draft's {@code media_id}; not blank
     * @throws IllegalArgumentException if {@code mediaId} is null or blank
     */
    public void delete(String mediaId) {
        Map<String, String> body = Map.of("media_id", Article.requireText(mediaId, "mediaId"));
        api.call(ApiRequest.post("/cgi-bin/draft/delete").json(body).asIdempotent(), Void.class);
    }

    /**
     * Number of drafts in the box ({@code GET /cgi-bin/draft/count}).
     *
     * @return the {@code total_count}
     */
    public int count() {
        return api.call(ApiRequest.get("/cgi-bin/draft/count"), Count.class).totalCount();
    }

    /**
     * A page of the draft box, newest first ({@code POST /cgi-bin/draft/batchget}).
     *
     * @param offset position of the first draft, from 0
     * @param count page size, 1..{@value #MAX_PAGE_SIZE}
     * @param withContent whether to return article bodies ({@code no_content=0})
     * @return the page; {@code totalCount} counts every draft in the box
     * @throws IllegalArgumentException if {@code offset} is negative or {@code count} is outside
     *     1..{@value #MAX_PAGE_SIZE}
     */
    public DraftPage list(int offset, int count, boolean withContent) {
        checkPage(offset, count);
        Page body = new Page(offset, count, withContent ? 0 : 1);
        return api.call(ApiRequest.post("/cgi-bin/draft/batchget").json(body).asIdempotent(), DraftPage.class);
    }

    static void checkPage(int offset, int count) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (count < 1 || count > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("count must be 1.." + MAX_PAGE_SIZE + ", was " + count);
        }
    }

    record Update(@JsonProperty("media_id") String mediaId, @JsonProperty("index") int index,
            @JsonProperty("articles") Article articles) {
    }

    record Page(@JsonProperty("offset") int offset, @JsonProperty("count") int count,
            @JsonProperty("no_content") int noContent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MediaId(@JsonProperty("media_id") String mediaId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Count(@JsonProperty("total_count") int totalCount) {
    }
}
