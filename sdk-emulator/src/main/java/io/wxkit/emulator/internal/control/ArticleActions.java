package io.wxkit.emulator.internal.control;

import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.mp.article.Articles;
import io.wxkit.emulator.internal.mp.comment.Comments;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a fake user does with an article the account sent — reads it, shares it, adds it to favourites, comments
 * on it — recorded for the article statistics and the comment list. Thread-safe.
 */
public final class ArticleActions {
    static final Set<String> READ_SOURCES = Set.of("session", "friend", "moments", "history", "search", "other");
    static final Set<String> SHARE_SCENES = Set.of("friend", "moments", "other");
    private final Accounts accounts;
    private final Articles articles;
    private final Comments comments;
    private final ActivityLog activity;
    private final Clock clock;

    public ArticleActions(Accounts accounts, Articles articles, Comments comments, ActivityLog activity,
                          Clock clock) {
        this.accounts = accounts;
        this.articles = articles;
        this.comments = comments;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * The user opens the article, reached from {@code source} (session, friend, moments, history, search, other).
     *
     * @throws ControlError 404 for an article the user's account did not send, 400 for an unknown source
     */
    public void read(String openid, long msgDataId, int index, String source) {
        record(openid, msgDataId, index, Activity.Kind.READ, source == null ? "session" : source, READ_SOURCES);
    }

    /** The user shares the article to {@code scene} (friend, moments, other). */
    public void share(String openid, long msgDataId, int index, String scene) {
        record(openid, msgDataId, index, Activity.Kind.SHARE, scene == null ? "friend" : scene, SHARE_SCENES);
    }

    /** The user adds the article to their favourites. */
    public void favorite(String openid, long msgDataId, int index) {
        record(openid, msgDataId, index, Activity.Kind.FAVORITE, "other", Set.of("other"));
    }

    /**
     * The user comments on the article.
     *
     * @return the new {@code user_comment_id}
     * @throws ControlError 400 for empty content, 404 for an unknown article, 409 when comments are closed
     */
    public long comment(String openid, long msgDataId, int index, String content) {
        FakeUser u = accounts.requireControlUser(openid);
        if (content == null || content.isBlank()) {
            throw new ControlError(400, "content is required");
        }
        return comments.add(u.openid(), u.appId(), msgDataId, index, content, clock.instant());
    }

    private void record(String openid, long msgDataId, int index, Activity.Kind kind, String source,
                        Set<String> allowed) {
        FakeUser u = accounts.requireControlUser(openid);
        if (!allowed.contains(source)) {
            throw new ControlError(400, "source must be one of " + allowed);
        }
        Articles.Article a = articles.find(msgDataId, index);
        if (a == null || !a.appId().equals(u.appId())) {
            throw new ControlError(404, "account " + u.appId() + " sent no article " + msgDataId + "/" + index);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("msgDataId", msgDataId);
        detail.put("index", (long) index);
        detail.put("source", source);
        activity.record(u.appId(), u.openid(), kind, clock.instant(), detail);
    }
}
