package io.wxkit.mp.comment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of an article's comments ({@code /cgi-bin/comment/list}).
 *
 * @param total number of comments of the requested type on the article
 * @param comments this page, never {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentPage(@JsonProperty("total") int total, @JsonProperty("comment") List<Comment> comments) {
    /**
     * Copies {@code comments}; a missing list becomes empty.
     *
     * @param total number of comments of the requested type on the article
     * @param comments this page, or null
     */
    public CommentPage {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }
}
