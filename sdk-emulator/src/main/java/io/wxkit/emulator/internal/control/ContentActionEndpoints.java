package io.wxkit.emulator.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.kf.KfAccounts;
import java.time.Clock;

/**
 * Control API for what fake users and customer-service workers do beyond messages: read, share, favourite and
 * comment on an article ({@code POST /emulator/users/{openid}/read|share|favorite|comment}), answer a worker
 * invitation and log in or out ({@code POST /emulator/accounts/{appId}/kf-accounts/{kfAccount}/invitation|online}).
 */
public final class ContentActionEndpoints {
    private final ArticleActions articles;
    private final KfAccounts kf;
    private final Clock clock;

    public ContentActionEndpoints(ArticleActions articles, KfAccounts kf, Clock clock) {
        this.articles = articles;
        this.kf = kf;
        this.clock = clock;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/emulator/users/{openid}/read", r -> {
            articles.read(r.pathParam("openid"), msgDataId(r), index(r), r.json().path("source").asText(null));
            return Answer.json(r.codec().object());
        });
        router.post("/emulator/users/{openid}/share", r -> {
            articles.share(r.pathParam("openid"), msgDataId(r), index(r), r.json().path("scene").asText(null));
            return Answer.json(r.codec().object());
        });
        router.post("/emulator/users/{openid}/favorite", r -> {
            articles.favorite(r.pathParam("openid"), msgDataId(r), index(r));
            return Answer.json(r.codec().object());
        });
        router.post("/emulator/users/{openid}/comment", r -> Answer.json(201, r.codec().object()
                .put("userCommentId", articles.comment(r.pathParam("openid"), msgDataId(r), index(r),
                        r.json().path("content").asText(null)))));
        router.post("/emulator/accounts/{appId}/kf-accounts/{kfAccount}/invitation", r -> {
            kf.answerInvite(r.pathParam("appId"), r.pathParam("kfAccount"), flag(r, "accept"), clock.instant());
            return Answer.json(r.codec().object());
        });
        router.post("/emulator/accounts/{appId}/kf-accounts/{kfAccount}/online", r -> {
            kf.setOnline(r.pathParam("appId"), r.pathParam("kfAccount"), flag(r, "online"));
            return Answer.json(r.codec().object());
        });
    }

    private static long msgDataId(Request r) {
        JsonNode n = r.json().get("msgDataId");
        if (n == null || !n.canConvertToLong()) {
            throw new ControlError(400, "msgDataId (a number) is required");
        }
        return n.asLong();
    }

    private static int index(Request r) {
        JsonNode n = r.json().get("index");
        if (n != null && !n.isInt()) {
            throw new ControlError(400, "index must be a number (0 = first article)");
        }
        return n == null ? 0 : n.asInt();
    }

    private static boolean flag(Request r, String name) {
        JsonNode n = r.json().get(name);
        if (n == null || !n.isBoolean()) {
            throw new ControlError(400, name + " (true or false) is required");
        }
        return n.asBoolean();
    }
}
