package io.wxkit.emulator.internal.mp.comment;

import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.mp.article.Articles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comments (留言) on each sent article: whether they are open, the users' comments with their elected flag
 * and the account's one reply. Ids count from 1 per article, as WeChat's {@code user_comment_id} does.
 * Thread-safe.
 */
public final class Comments implements Resettable {
    /** The most comments one article may have elected (an emulator limit; WeChat answers 88003 past its own). */
    static final int MAX_ELECTED = 100;
    private final Articles articles;
    private final Map<String, Discussion> threads = new HashMap<>();

    /** One user comment; {@code reply}/{@code replyAt} are null until the account replies. */
    record Comment(long id, String openid, String content, Instant at, boolean elected, String reply,
                   Instant replyAt) {
        Comment elect(boolean value) {
            return new Comment(id, openid, content, at, value, reply, replyAt);
        }

        Comment replied(String text, Instant when) {
            return new Comment(id, openid, content, at, elected, text, when);
        }
    }

    private static final class Discussion {
        boolean open;
        long nextId = 1;
        final Map<Long, Comment> comments = new LinkedHashMap<>();
    }

    public Comments(Articles articles) {
        this.articles = articles;
    }

    /** Opens or closes comments on an article ({@code comment/open|close}). */
    synchronized void setOpen(String appId, long msgDataId, int index, boolean open) {
        thread(appId, msgDataId, index).open = open;
    }

    /** The article's comments, oldest first. */
    synchronized List<Comment> list(String appId, long msgDataId, int index) {
        return new ArrayList<>(thread(appId, msgDataId, index).comments.values());
    }

    /** Elects or unelects a comment; 88003 when {@value #MAX_ELECTED} are elected already. */
    synchronized void elect(String appId, long msgDataId, int index, long id, boolean elected) {
        Discussion t = thread(appId, msgDataId, index);
        Comment c = require(t, id);
        if (elected && !c.elected() && t.comments.values().stream().filter(Comment::elected).count() >= MAX_ELECTED) {
            throw new ApiError(88003, "elected comment upper limit");
        }
        t.comments.put(id, c.elect(elected));
    }

    /** Deletes a comment. */
    synchronized void delete(String appId, long msgDataId, int index, long id) {
        Discussion t = thread(appId, msgDataId, index);
        require(t, id);
        t.comments.remove(id);
    }

    /** Adds the account's reply; 88005 when the comment has one already. */
    synchronized void reply(String appId, long msgDataId, int index, long id, String content, Instant at) {
        Discussion t = thread(appId, msgDataId, index);
        Comment c = require(t, id);
        if (c.reply() != null) {
            throw new ApiError(88005, "already reply");
        }
        t.comments.put(id, c.replied(content, at));
    }

    /** Deletes the account's reply; 88009 when there is none. */
    synchronized void deleteReply(String appId, long msgDataId, int index, long id) {
        Discussion t = thread(appId, msgDataId, index);
        Comment c = require(t, id);
        if (c.reply() == null) {
            throw new ApiError(88009, "reply is not exists");
        }
        t.comments.put(id, c.replied(null, null));
    }

    /**
     * A user writes a comment (control API).
     *
     * @return the new {@code user_comment_id}
     * @throws ControlError 404 for an unknown article, 409 when its comments are closed
     */
    public synchronized long add(String openid, String appId, long msgDataId, int index, String content,
                                 Instant at) {
        Articles.Article article = articles.find(msgDataId, index);
        if (article == null || !article.appId().equals(appId)) {
            throw new ControlError(404, "account " + appId + " sent no article " + msgDataId + "/" + index);
        }
        Discussion t = thread(appId, msgDataId, index);
        if (!t.open) {
            throw new ControlError(409, "comments are closed on article " + msgDataId + "/" + index);
        }
        long id = t.nextId++;
        t.comments.put(id, new Comment(id, openid, content, at, false, null, null));
        return id;
    }

    private Discussion thread(String appId, long msgDataId, int index) {
        Articles.Article a = articles.require(appId, msgDataId, index);
        return threads.computeIfAbsent(a.appId() + "/" + a.statsId(), k -> {
            Discussion t = new Discussion();
            t.open = a.openComment();
            return t;
        });
    }

    private static Comment require(Discussion t, long id) {
        Comment c = t.comments.get(id);
        if (c == null) {
            throw new ApiError(88008, "comment is not exists");
        }
        return c;
    }

    @Override
    public synchronized void reset() {
        threads.clear();
    }
}
