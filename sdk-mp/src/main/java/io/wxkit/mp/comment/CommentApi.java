package io.wxkit.mp.comment;

import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import java.util.Objects;

/**
 * Comment management (留言管理) of articles the account published: open or close comments, list
 * them, elect (精选) or unelect, delete, and reply.
 *
 * <pre>{@code
 * CommentPage page = mp.comments().list(msgDataId, 0, 0, 50, CommentType.ALL);
 * mp.comments().reply(msgDataId, 0, page.comments().get(0).userCommentId(), "Thanks!");
 * }</pre>
 *
 * <p>An article is addressed by the {@code msg_data_id} of its mass send or publish and its
 * {@code index} in that message (0 = the first article). Obtained from {@code WxMp.comments()};
 * stateless and thread-safe; each call blocks on one HTTP exchange and throws
 * {@link WxApiException} when WeChat refuses (88000 no comment privilege, 88001 article not
 * found, 88003 elected comments full, 88008 comment not found, ...). Invalid arguments fail with
 * {@link IllegalArgumentException} before any call.
 */
public final class CommentApi {
    /** Most comments per {@link #list} call. */
    public static final int MAX_PAGE_SIZE = 50;

    private final ApiClient api;

    /**
     * Binds the comment endpoints to {@code api} (an {@link ApiClient} with access tokens).
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public CommentApi(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Opens comments on an article ({@code POST /cgi-bin/comment/open}).
     *
     * @param msgDataId the {@code msg_data_id} of the mass send or publish that carried the article
     * @param index the article's position in that message, from 0; not negative
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public void open(long msgDataId, int index) {
        post("/cgi-bin/comment/open", CommentBody.article(msgDataId, checkIndex(index)));
    }

    /**
     * Closes comments on an article ({@code POST /cgi-bin/comment/close}).
     *
     * @param msgDataId the {@code msg_data_id} of the mass send or publish that carried the article
     * @param index the article's position in that message, from 0; not negative
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public void close(long msgDataId, int index) {
        post("/cgi-bin/comment/close", CommentBody.article(msgDataId, checkIndex(index)));
    }

    /**
     * A page of an article's comments ({@code POST /cgi-bin/comment/list}).
     *
     * @param msgDataId the {@code msg_data_id} of the mass send or publish that carried the article
     * @param index the article's position in that message, from 0; not negative
     * @param begin offset of the first comment, from 0
     * @param count page size, 1..{@value #MAX_PAGE_SIZE}
     * @param type which comments
     * @return the page; its {@code total} counts the comments of {@code type}
     * @throws IllegalArgumentException if {@code index} or {@code begin} is negative or {@code count}
     *     is outside 1..{@value #MAX_PAGE_SIZE}
     */
    public CommentPage list(long msgDataId, int index, int begin, int count, CommentType type) {
        Objects.requireNonNull(type, "type");
        if (begin < 0) {
            throw new IllegalArgumentException("begin must not be negative");
        }
        if (count < 1 || count > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("count must be 1.." + MAX_PAGE_SIZE + ", was " + count);
        }
        CommentBody body = CommentBody.article(msgDataId, checkIndex(index)).withPage(begin, count, type);
        return api.call(ApiRequest.post("/cgi-bin/comment/list").json(body).asIdempotent(), CommentPage.class);
    }

    /**
     * Elects a comment so all readers see it ({@code POST /cgi-bin/comment/markelect}).
     *
     * @param msgDataId the {@code msg_data_id} of the mass send or publish that carried the article
     * @param index the article's position in that message, from 0; not negative
     * @param userCommentId the comment's {@code user_comment_id}, from {@link Comment#userCommentId()}
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public void markElect(long msgDataId, int index, long userCommentId) {
        post("/cgi-bin/comment/markelect", CommentBody.comment(msgDataId, checkIndex(index), userCommentId));
    }

    /**
     * Withdraws a comment's election ({@code POST /cgi-bin/comment/unmarkelect}).
     *
     * @param msgDataId the {@code msg_data_id} of the mass send or publish that carried the article
     * @param index the article's position in that message, from 0; not negative
     * @param userCommentId the comment's {@code user_comment_id}, from {@link Comment#userCommentId()}
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public void unmarkElect(long msgDataId, int index, long userCommentId) {
        post("/cgi-bin/comment/unmarkelect", CommentBody.comment(msgDataId, checkIndex(index), userCommentId));
    }

    /**
     * Deletes a comment ({@code POST /cgi-bin/comment/delete}).
     *
     * @param msgDataId the {@code msg_data_id} of the mass send or publish that carried the article
     * @param index the article's position in that message, from 0; not negative
     * @param userCommentId the comment's {@code user_comment_id}, from {@link Comment#userCommentId()}
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public void delete(long msgDataId, int index, long userCommentId) {
        post("/cgi-bin/comment/delete", CommentBody.comment(msgDataId, checkIndex(index), userCommentId));
    }

    /**
     * Replies to a comment ({@code POST /cgi-bin/comment/reply/add}); a comment has one reply.
     *
     * @param msgDataId the {@code msg_data_id} of the mass send or publish that carried the article
     * @param index the article's position in that message, from 0; not negative
     * @param userCommentId the comment's {@code user_comment_id}, from {@link Comment#userCommentId()}
     * @param content the reply text; not blank
     * @throws WxApiException 88005 (already replied), 88007 (content too long), ...
     * @throws IllegalArgumentException if {@code index} is negative or {@code content} is null or blank
     */
    public void reply(long msgDataId, int index, long userCommentId, String content) {
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("reply content is required");
        }
        post("/cgi-bin/comment/reply/add",
                CommentBody.comment(msgDataId, checkIndex(index), userCommentId).withContent(content));
    }

    /**
     * Deletes the account's reply to a comment ({@code POST /cgi-bin/comment/reply/delete}).
     *
     * @param msgDataId the {@code msg_data_id} of the mass send or publish that carried the article
     * @param index the article's position in that message, from 0; not negative
     * @param userCommentId the comment's {@code user_comment_id}, from {@link Comment#userCommentId()}
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public void deleteReply(long msgDataId, int index, long userCommentId) {
        post("/cgi-bin/comment/reply/delete", CommentBody.comment(msgDataId, checkIndex(index), userCommentId));
    }

    private void post(String path, CommentBody body) {
        api.call(ApiRequest.post(path).json(body), Void.class);
    }

    private static int checkIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative (0 = first article)");
        }
        return index;
    }
}
