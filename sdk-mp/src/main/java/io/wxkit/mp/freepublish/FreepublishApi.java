package io.wxkit.mp.freepublish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.draft.NewsContent;
import io.wxkit.mp.draft.NewsItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishing (发布能力, {@code /cgi-bin/freepublish/*}): publish a draft without a mass send,
 * follow the task, and list, read or delete published articles.
 *
 * <pre>{@code
 * PublishSubmission task = mp.freepublish().submit(draftMediaId);
 * PublishStatus status = mp.freepublish().get(task.publishId());
 * }</pre>
 *
 * <p>Obtained from {@code WxMp.freepublish()}; stateless and thread-safe; each call blocks on one
 * HTTP exchange and throws {@link WxApiException} when WeChat refuses (53600 invalid article_id,
 * 48001 unauthorized, ...). Invalid arguments fail with {@link IllegalArgumentException} first.
 */
public final class FreepublishApi {
    /** Most messages per {@link #list} page. */
    public static final int MAX_PAGE_SIZE = 20;

    private final ApiClient api;

    /**
     * Binds the publishing endpoints to {@code api} (an {@link ApiClient} with access tokens).
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public FreepublishApi(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Publishes the draft {@code mediaId} ({@code POST /cgi-bin/freepublish/submit}); asynchronous.
     *
     * @param mediaId the draft's {@code media_id} from {@code mp.drafts().add(..)}; not blank
     * @return the task's {@code publish_id} (and {@code msg_data_id}); the outcome arrives in the
     *     {@code PUBLISHJOBFINISH} event or from {@link #get}
     * @throws IllegalArgumentException if {@code mediaId} is null or blank
     */
    public PublishSubmission submit(String mediaId) {
        Map<String, String> body = Map.of("media_id", requireText(mediaId, "mediaId"));
        return api.call(ApiRequest.post("/cgi-bin/freepublish/submit").json(body), PublishSubmission.class);
    }

    /**
     * The state of a publish task ({@code POST /cgi-bin/freepublish/get}).
     *
     * @param publishId the {@code publish_id} from {@link #submit}; not blank
     * @return the task's state and, once published, its {@code article_id} and article URLs
     * @throws IllegalArgumentException if {@code publishId} is null or blank
     */
    public PublishStatus get(String publishId) {
        Map<String, String> body = Map.of("publish_id", requireText(publishId, "publishId"));
        return api.call(ApiRequest.post("/cgi-bin/freepublish/get").json(body).asIdempotent(), PublishStatus.class);
    }

    /**
     * Deletes a published article ({@code POST /cgi-bin/freepublish/delete}); irreversible.
     *
     * @param articleId the {@code article_id} of the published message; not blank
     * @param index the article's position from 1, or 0 to delete every article of the message
     * @throws IllegalArgumentException if {@code articleId} is blank or {@code index} is negative
     */
    public void delete(String articleId, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be 0 (all) or the article's position from 1");
        }
        Delete body = new Delete(requireText(articleId, "articleId"), index == 0 ? null : index);
        api.call(ApiRequest.post("/cgi-bin/freepublish/delete").json(body).asIdempotent(), Void.class);
    }

    /**
     * The articles of a published message ({@code POST /cgi-bin/freepublish/getarticle}).
     *
     * @param articleId the {@code article_id} of the published message; not blank
     * @return the articles, in display order
     * @throws IllegalArgumentException if {@code articleId} is null or blank
     */
    public List<NewsItem> getArticle(String articleId) {
        Map<String, String> body = Map.of("article_id", requireText(articleId, "articleId"));
        return api.call(ApiRequest.post("/cgi-bin/freepublish/getarticle").json(body).asIdempotent(), NewsContent.class)
                .newsItem();
    }

    /**
     * A page of published messages ({@code POST /cgi-bin/freepublish/batchget}).
     *
     * @param offset position of the first message, from 0
     * @param count page size, 1..{@value #MAX_PAGE_SIZE}
     * @param withContent whether to return article bodies ({@code no_content=0})
     * @return the page; {@code totalCount} counts every published message
     * @throws IllegalArgumentException if {@code offset} is negative or {@code count} is outside
     *     1..{@value #MAX_PAGE_SIZE}
     */
    public PublishedPage list(int offset, int count, boolean withContent) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (count < 1 || count > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("count must be 1.." + MAX_PAGE_SIZE + ", was " + count);
        }
        Map<String, Integer> body = Map.of("offset", offset, "count", count, "no_content", withContent ? 0 : 1);
        return api.call(ApiRequest.post("/cgi-bin/freepublish/batchget").json(body).asIdempotent(), PublishedPage.class);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delete(@JsonProperty("article_id") String articleId, @JsonProperty("index") Integer index) {
    }
}
