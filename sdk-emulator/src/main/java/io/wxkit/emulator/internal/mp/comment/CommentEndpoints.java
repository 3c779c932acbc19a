package io.wxkit.emulator.internal.mp.comment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.time.Clock;
import java.util.List;

/**
 * Comment management ({@code cgi-bin/comment/*}, 8 calls) on articles the account sent: open, close, list
 * (begin/count ≤ 50, type 0 all / 1 normal / 2 elected; 88010 for a bad count), markelect, unmarkelect, delete,
 * reply/add (one reply, ≤ {@value #MAX_REPLY} characters, 88007) and reply/delete. An unknown article is 88001,
 * an unknown comment 88008.
 */
public final class CommentEndpoints {
    /** Longest reply the emulator accepts (WeChat documents 88007 without a number). */
    static final int MAX_REPLY = 600;
    private final Tokens tokens;
    private final Comments comments;
    private final Clock clock;

    public CommentEndpoints(Tokens tokens, Comments comments, Clock clock) {
        this.tokens = tokens;
        this.comments = comments;
        this.clock = clock;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/comment/open", r -> open(r, true));
        router.post("/cgi-bin/comment/close", r -> open(r, false));
        router.post("/cgi-bin/comment/list", this::list);
        router.post("/cgi-bin/comment/markelect", r -> elect(r, true));
        router.post("/cgi-bin/comment/unmarkelect", r -> elect(r, false));
        router.post("/cgi-bin/comment/delete", this::delete);
        router.post("/cgi-bin/comment/reply/add", this::reply);
        router.post("/cgi-bin/comment/reply/delete", this::deleteReply);
    }

    private record Target(String appId, long msgDataId, int index, long commentId) {
    }

    private Target target(Request r, boolean needsComment) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        if (!b.path("msg_data_id").canConvertToLong() || (needsComment && !b.has("user_comment_id"))) {
            throw new ApiError(47001, "data format error");
        }
        return new Target(appId, b.path("msg_data_id").asLong(), b.path("index").asInt(0),
                b.path("user_comment_id").asLong(-1));
    }

    private Answer open(Request r, boolean open) {
        Target t = target(r, false);
        comments.setOpen(t.appId(), t.msgDataId(), t.index(), open);
        return ok(r);
    }

    private Answer list(Request r) {
        Target t = target(r, false);
        int begin = r.json().path("begin").asInt(-1);
        int count = r.json().path("count").asInt(0);
        int type = r.json().path("type").asInt(0);
        if (begin < 0 || count < 1 || count > 50) {
            throw new ApiError(88010, "count range error. cout <= 0 or count > 50");
        }
        if (type < 0 || type > 2) {
            throw new ApiError(47001, "data format error: type must be 0, 1 or 2");
        }
        List<Comments.Comment> all = comments.list(t.appId(), t.msgDataId(), t.index()).stream()
                .filter(c -> type == 0 || (type == 2) == c.elected()).toList();
        ObjectNode out = r.codec().object().put("errcode", 0).put("errmsg", "ok").put("total", all.size());
        ArrayNode list = out.putArray("comment");
        for (Comments.Comment c : all.subList(Math.min(begin, all.size()), Math.min(all.size(), begin + count))) {
            ObjectNode n = list.addObject().put("user_comment_id", c.id()).put("openid", c.openid())
                    .put("create_time", c.at().getEpochSecond()).put("content", c.content())
                    .put("comment_type", c.elected() ? 1 : 0);
            if (c.reply() != null) {
                n.putObject("reply").put("content", c.reply()).put("create_time", c.replyAt().getEpochSecond());
            }
        }
        return Answer.json(out);
    }

    private Answer elect(Request r, boolean elected) {
        Target t = target(r, true);
        comments.elect(t.appId(), t.msgDataId(), t.index(), t.commentId(), elected);
        return ok(r);
    }

    private Answer delete(Request r) {
        Target t = target(r, true);
        comments.delete(t.appId(), t.msgDataId(), t.index(), t.commentId());
        return ok(r);
    }

    private Answer reply(Request r) {
        Target t = target(r, true);
        String content = r.json().path("content").asText("");
        if (content.isBlank() || content.codePointCount(0, content.length()) > MAX_REPLY) {
            throw new ApiError(88007, "reply content beyond max len or content len is zero");
        }
        comments.reply(t.appId(), t.msgDataId(), t.index(), t.commentId(), content, clock.instant());
        return ok(r);
    }

    private Answer deleteReply(Request r) {
        Target t = target(r, true);
        comments.deleteReply(t.appId(), t.msgDataId(), t.index(), t.commentId());
        return ok(r);
    }

    static Answer ok(Request r) {
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }
}
