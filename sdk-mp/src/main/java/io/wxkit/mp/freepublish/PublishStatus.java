package io.wxkit.mp.freepublish;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The state of a publish task ({@code /cgi-bin/freepublish/get}).
 *
 * @param publishId the task id
 * @param statusCode WeChat's {@code publish_status} (see {@link #state()})
 * @param articleId the published article id when successful, else {@code null}
 * @param articles index (from 1) and permanent URL of each article when successful
 * @param failedIndexes indexes (from 1) of the articles refused (states 2 and 4)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishStatus(String publishId, int statusCode, String articleId, List<PublishedArticle> articles,
        List<Integer> failedIndexes) {

    /** What {@code publish_status} means. */
    public enum State {
        /** 0: published. */
        SUCCESS,
        /** 1: still publishing. */
        PUBLISHING,
        /** 2: originality check failed. */
        ORIGINAL_FAILED,
        /** 3: failed. */
        FAILED,
        /** 4: refused by platform review. */
        AUDIT_FAILED,
        /** 5: published, then all articles deleted by the user. */
        DELETED_AFTER_SUCCESS,
        /** 6: published, then all articles banned by the platform. */
        BANNED_AFTER_SUCCESS,
        /** A value this version does not know. */
        UNKNOWN
    }

    /**
     * Copies the lists; missing ones become empty.
     *
     * @param publishId the task id
     * @param statusCode WeChat's {@code publish_status}
     * @param articleId the published article id when successful, else {@code null}
     * @param articles the published articles, or null
     * @param failedIndexes indexes of refused articles, or null
     */
    public PublishStatus {
        articles = articles == null ? List.of() : List.copyOf(articles);
        failedIndexes = failedIndexes == null ? List.of() : List.copyOf(failedIndexes);
    }

    /**
     * {@link #statusCode()} as a {@link State}; {@link State#UNKNOWN} for values added later.
     *
     * @return the state of codes 0..6; {@link State#UNKNOWN} for any other code
     */
    public State state() {
        State[] known = State.values();
        return statusCode >= 0 && statusCode < known.length - 1 ? known[statusCode] : State.UNKNOWN;
    }

    @JsonCreator
    static PublishStatus fromWire(@JsonProperty("publish_id") String publishId, @JsonProperty("publish_status") int status,
            @JsonProperty("article_id") String articleId, @JsonProperty("article_detail") Detail detail,
            @JsonProperty("fail_idx") List<Integer> failIdx) {
        return new PublishStatus(publishId, status, articleId, detail == null ? List.of() : detail.item(), failIdx);
    }

    /**
     * One published article of a task.
     *
     * @param idx its position, from 1
     * @param articleUrl its permanent URL
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublishedArticle(@JsonProperty("idx") int idx, @JsonProperty("article_url") String articleUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Detail(@JsonProperty("count") int count, @JsonProperty("item") List<PublishedArticle> item) {
        Detail {
            item = item == null ? List.of() : List.copyOf(item);
        }
    }
}
