package io.wxkit.emulator.internal.mp.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.account.EventPush;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.article.Articles;
import io.wxkit.emulator.internal.mp.media.MediaEndpoints;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drafts and publishing: {@code draft/add|get|update|delete|count|batchget} and
 * {@code freepublish/submit|get|getarticle|delete|batchget}. An article needs a title (≤ 64 characters), content
 * and a {@code thumb_media_id} that is a permanent material (40007). Publishing succeeds at once and pushes
 * PUBLISHJOBFINISH to the callback. As WeChat does, every article read back carries {@code thumb_url}, where its
 * cover can be fetched (here the emulator's media URL of the thumb material), and a published article its
 * {@code url}. Thread-safe.
 */
public final class DraftEndpoints implements Resettable {
    private final Tokens tokens;
    private final MediaEndpoints media;
    private final EventPush events;
    private final Clock clock;
    private final Articles sent;
    private final AtomicLong ids = new AtomicLong(2247483647L);
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Published> published = new LinkedHashMap<>();

    private record Draft(String appId, String mediaId, List<JsonNode> articles, long updateTime) {
    }

    private record Published(String appId, String publishId, String articleId, List<JsonNode> articles, long at) {
    }

    public DraftEndpoints(Tokens tokens, MediaEndpoints media, EventPush events, Clock clock, Articles sent) {
        this.sent = sent;
        this.tokens = tokens;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/draft/add", this::add);
        router.post("/cgi-bin/draft/get", this::get);
        router.post("/cgi-bin/draft/update", this::update);
        router.post("/cgi-bin/draft/delete", this::delete);
        router.get("/cgi-bin/draft/count", this::count);
        router.post("/cgi-bin/draft/batchget", this::batchGet);
        router.post("/cgi-bin/freepublish/submit", this::submit);
        router.post("/cgi-bin/freepublish/get", this::publishStatus);
        router.post("/cgi-bin/freepublish/getarticle", this::getArticle);
        router.post("/cgi-bin/freepublish/delete", this::deletePublished);
        router.post("/cgi-bin/freepublish/batchget", this::batchGetPublished);
    }

    private Answer add(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode articles = r.json().get("articles");
        if (articles == null || !articles.isArray() || articles.isEmpty() || articles.size() > 8) {
            throw new ApiError(47001, "data format error: articles must hold 1-8 items");
        }
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode a : articles) {
            list.add(checked(appId, a));
        }
        String id = "draft_" + ids.incrementAndGet();
        synchronized (this) {
            drafts.put(id, new Draft(appId, id, list, clock.instant().getEpochSecond()));
        }
        return Answer.json(r.codec().object().put("media_id", id));
    }

    private JsonNode checked(String appId, JsonNode a) {
        String title = a.path("title").asText("");
        if (title.isEmpty() || title.codePointCount(0, title.length()) > 64) {
            throw new ApiError(45003, "title size out of limit");
        }
        if (a.path("content").asText("").isEmpty()) {
            throw new ApiError(44003, "empty news data");
        }
        if (!media.isMaterial(appId, a.path("thumb_media_id").asText(null))) {
            throw new ApiError(40007, "invalid media_id");
        }
        return a.deepCopy();
    }

    private synchronized Draft draft(String appId, String mediaId) {
        Draft d = mediaId == null ? null : drafts.get(mediaId);
        if (d == null || !d.appId().equals(appId)) {
            throw new ApiError(40007, "invalid media_id");
        }
        return d;
    }

    private Answer get(Request r) {
        Draft d = draft(tokens.appIdFor(r), r.json().path("media_id").asText(null));
        ObjectNode out = r.codec().object();
        ArrayNode items = out.putArray("news_item");
        d.articles().forEach(a -> items.add(withCover(r, a)));
        return Answer.json(out);
    }

    private Answer update(Request r) {
        String appId = tokens.appIdFor(r);
        Draft d = draft(appId, r.json().path("media_id").asText(null));
        int index = r.json().path("index").asInt(-1);
        if (index < 0 || index >= d.articles().size()) {
            throw new ApiError(47001, "data format error: index out of range");
        }
        List<JsonNode> list = new ArrayList<>(d.articles());
        list.set(index, checked(appId, r.json().path("articles")));
        synchronized (this) {
            drafts.put(d.mediaId(), new Draft(appId, d.mediaId(), list, clock.instant().getEpochSecond()));
        }
        return ok(r);
    }

    private Answer delete(Request r) {
        Draft d = draft(tokens.appIdFor(r), r.json().path("media_id").asText(null));
        synchronized (this) {
            drafts.remove(d.mediaId());
        }
        return ok(r);
    }

    private Answer count(Request r) {
        String appId = tokens.appIdFor(r);
        return Answer.json(r.codec().object().put("total_count", ownDrafts(appId).size()));
    }

    private synchronized List<Draft> ownDrafts(String appId) {
        return drafts.values().stream().filter(d -> d.appId().equals(appId)).toList();
    }

    private Answer batchGet(Request r) {
        String appId = tokens.appIdFor(r);
        List<Draft> all = ownDrafts(appId);
        int[] window = window(r, all.size());
        ObjectNode out = r.codec().object().put("total_count", all.size()).put("item_count", window[1] - window[0]);
        ArrayNode items = out.putArray("item");
        for (Draft d : all.subList(window[0], window[1])) {
            ObjectNode item = items.addObject().put("media_id", d.mediaId());
            ArrayNode news = item.putObject("content").putArray("news_item");
            d.articles().forEach(a -> news.add(withCover(r, a)));
            item.put("update_time", d.updateTime());
        }
        return Answer.json(out);
    }

    private static int[] window(Request r, int size) {
        int offset = Math.max(0, r.json().path("offset").asInt(0));
        int count = r.json().path("count").asInt(20);
        if (count < 1 || count > 20) {
            throw new ApiError(47001, "data format error: count must be 1-20");
        }
        int from = Math.min(offset, size);
        return new int[] {from, Math.min(size, from + count)};
    }

    private Answer submit(Request r) {
        String appId = tokens.appIdFor(r);
        Draft d = draft(appId, r.json().path("media_id").asText(null));
        String publishId = Long.toString(ids.incrementAndGet());
        String articleId = "article_" + publishId;
        synchronized (this) {
            drafts.remove(d.mediaId());
            published.put(publishId, new Published(appId, publishId, articleId, d.articles(),
                    clock.instant().getEpochSecond()));
        }
        // a publication is not pushed to anyone: its articles reach 0 users until they are read or shared
        sent.sent(appId, Long.parseLong(publishId), d.articles(), clock.instant(), 0);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("count", d.articles().size());
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < d.articles().size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("idx", i + 1);
            item.put("article_url", r.baseUrl() + "/emulator/articles/" + articleId + "/" + (i + 1));
            items.add(item);
        }
        detail.put("item", items);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("publish_id", publishId);
        info.put("publish_status", 0);
        info.put("article_id", articleId);
        info.put("article_detail", detail);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("Event", "PUBLISHJOBFINISH");
        event.put("PublishEventInfo", info);
        events.push(appId, "mphelper", event);
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok").put("publish_id", publishId)
                .put("msg_data_id", Long.parseLong(publishId)));
    }

    private synchronized Published publication(String appId, String publishId, String articleId) {
        for (Published p : published.values()) {
            if (p.appId().equals(appId) && (p.publishId().equals(publishId) || p.articleId().equals(articleId))) {
                return p;
            }
        }
        throw new ApiError(publishId != null ? 48006 : 53600, publishId != null ? "invalid publish_id"
                : "invalid article_id");
    }

    private Answer publishStatus(Request r) {
        Published p = publication(tokens.appIdFor(r), r.json().path("publish_id").asText(""), null);
        ObjectNode out = r.codec().object().put("publish_id", p.publishId()).put("publish_status", 0)
                .put("article_id", p.articleId());
        ObjectNode detail = out.putObject("article_detail").put("count", p.articles().size());
        ArrayNode items = detail.putArray("item");
        for (int i = 0; i < p.articles().size(); i++) {
            items.addObject().put("idx", i + 1)
                    .put("article_url", r.baseUrl() + "/emulator/articles/" + p.articleId() + "/" + (i + 1));
        }
        out.putArray("fail_idx");
        return Answer.json(out);
    }

    private Answer getArticle(Request r) {
        Published p = publication(tokens.appIdFor(r), null, r.json().path("article_id").asText(""));
        ObjectNode out = r.codec().object();
        published(r, p, out.putArray("news_item"));
        return Answer.json(out);
    }

    private Answer deletePublished(Request r) {
        Published p = publication(tokens.appIdFor(r), null, r.json().path("article_id").asText(""));
        synchronized (this) {
            published.remove(p.publishId());
        }
        sent.withdrawn(p.appId(), Long.parseLong(p.publishId()));
        return ok(r);
    }

    private Answer batchGetPublished(Request r) {
        String appId = tokens.appIdFor(r);
        List<Published> all;
        synchronized (this) {
            all = published.values().stream().filter(p -> p.appId().equals(appId)).toList();
        }
        int[] window = window(r, all.size());
        ObjectNode out = r.codec().object().put("total_count", all.size()).put("item_count", window[1] - window[0]);
        ArrayNode items = out.putArray("item");
        for (Published p : all.subList(window[0], window[1])) {
            ObjectNode item = items.addObject().put("article_id", p.articleId());
            published(r, p, item.putObject("content").putArray("news_item"));
            item.put("update_time", p.at());
        }
        return Answer.json(out);
    }

    /** A copy of {@code article} with {@code thumb_url}: its cover material's URL on this emulator. */
    private static ObjectNode withCover(Request r, JsonNode article) {
        ObjectNode copy = article.deepCopy();
        copy.put("thumb_url", r.baseUrl() + "/emulator/media/" + article.path("thumb_media_id").asText());
        return copy;
    }

    private static void published(Request r, Published p, ArrayNode into) {
        for (int i = 0; i < p.articles().size(); i++) {
            into.add(withCover(r, p.articles().get(i))
                    .put("url", r.baseUrl() + "/emulator/articles/" + p.articleId() + "/" + (i + 1))
                    .put("is_deleted", false));
        }
    }

    private static Answer ok(Request r) {
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    @Override
    public synchronized void reset() {
        drafts.clear();
        published.clear();
    }
}
