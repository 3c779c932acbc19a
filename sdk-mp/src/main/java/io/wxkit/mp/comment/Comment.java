package io.wxkit.mp.comment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.EpochSecondsDeserializer;
import java.time.Instant;

/**
 * One user comment (留言) on a published article, from {@code /cgi-bin/comment/list}.
 *
 * @param userCommentId the comment's id within the article (for elect, delete, reply)
 * @param openid the commenter
 * @param createTime when it was written
 * @param content the comment text
 * @param commentType 0 normal, 1 elected (精选)
 * @param reply the account's reply, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Comment(
        @JsonProperty("user_comment_id") long userCommentId,
        @JsonProperty("openid") String openid,
        @JsonProperty("create_time") @JsonDeserialize(using = EpochSecondsDeserializer.class) Instant createTime,
        @JsonProperty("content") String content,
        @JsonProperty("comment_type") int commentType,
        @JsonProperty("reply") Reply reply) {

    /**
     * Whether the comment is elected ({@code comment_type} 1) and thus shown to all readers.
     *
     * @return true if {@code comment_type} is 1
     */
    public boolean elected() {
        return commentType == 1;
    }

    /**
     * The account's reply to a comment.
     *
     * @param content the reply text
     * @param createTime when it was written
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reply(
            @JsonProperty("content") String content,
            @JsonProperty("create_time") @JsonDeserialize(using = EpochSecondsDeserializer.class) Instant createTime) {
    }
}
