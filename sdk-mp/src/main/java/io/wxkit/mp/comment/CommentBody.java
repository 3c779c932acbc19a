package io.wxkit.mp.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Wire body shared by the comment endpoints; absent fields are omitted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"msg_data_id", "index", "user_comment_id", "content", "begin", "count", "type"})
record CommentBody(
        @JsonProperty("msg_data_id") long msgDataId,
        @JsonProperty("index") int index,
        @JsonProperty("user_comment_id") Long userCommentId,
        @JsonProperty("content") String content,
        @JsonProperty("begin") Integer begin,
        @JsonProperty("count") Integer count,
        @JsonProperty("type") Integer type) {

    static CommentBody article(long msgDataId, int index) {
        return new CommentBody(msgDataId, index, null, null, null, null, null);
    }

    static CommentBody comment(long msgDataId, int index, long userCommentId) {
        return new CommentBody(msgDataId, index, userCommentId, null, null, null, null);
    }

    CommentBody withContent(String text) {
        return new CommentBody(msgDataId, index, userCommentId, text, begin, count, type);
    }

    CommentBody withPage(int from, int size, CommentType kind) {
        return new CommentBody(msgDataId, index, userCommentId, content, from, size, kind.wireValue());
    }
}
