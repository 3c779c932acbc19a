package io.wxkit.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The PUBLISHJOBFINISH event: the result of a freepublish (article publishing) job.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param publishId the publish task id ({@code PublishEventInfo/publish_id})
 * @param publishStatus 0 success, 1 publishing, 2 originality check failed, 3 failed, 4 rejected by review, 5 all deleted by user, 6 all banned ({@code publish_status})
 * @param articleId the article id on success ({@code article_id}); null when absent
 * @param articleUrls the published article URLs ({@code article_detail/item/article_url})
 * @param failIdx indexes of failed articles ({@code fail_idx})
 */
public record PublishJobFinish(String toUser, String fromUser, Instant createTime, long publishId,
                               int publishStatus, String articleId, List<String> articleUrls, List<Integer> failIdx) implements Event {
    /**
     * Validates required fields and copies lists.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param publishId the publish task id ({@code PublishEventInfo/publish_id})
     * @param publishStatus 0 success, 1 publishing, 2 originality check failed, 3 failed, 4 rejected by review, 5
     *     all deleted by user, 6 all banned ({@code publish_status})
     * @param articleId the article id on success ({@code article_id}); null when absent
     * @param articleUrls the published article URLs ({@code article_detail/item/article_url})
     * @param failIdx indexes of failed articles ({@code fail_idx})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code articleUrls} or
     *     {@code failIdx} is null, or a list holds a null element
     */
    public PublishJobFinish {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        articleUrls = List.copyOf(articleUrls);
        failIdx = List.copyOf(failIdx);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "PUBLISHJOBFINISH";
    }
}
