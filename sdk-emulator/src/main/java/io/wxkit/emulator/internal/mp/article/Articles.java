package io.wxkit.emulator.internal.mp.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Resettable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles an account sent out, by the {@code msg_data_id} of their mass send or publication and their
 * index in it (0 = first): what comments, reads and the article statistics refer to. Thread-safe.
 */
public final class Articles implements Resettable {
    private final Map<Long, Sent> byMsgDataId = new LinkedHashMap<>();

    /**
     * One article that went out.
     *
     * @param recipients how many followers it was delivered to (0 for a publication, which is not pushed)
     * @param openComment whether it was sent with {@code need_open_comment} = 1
     */
    public record Article(String appId, long msgDataId, int index, String title, Instant sentAt, long recipients,
                          boolean openComment) {

        /** WeChat's {@code msgid} in article statistics: {@code msg_data_id} and the 1-based index. */
        public String statsId() {
            return msgDataId + "_" + (index + 1);
        }
    }

    private record Sent(String appId, List<Article> articles) {
    }

    /** Records the articles of one mass send or publication ({@code news_item}-style JSON objects). */
    public synchronized void sent(String appId, long msgDataId, List<JsonNode> items, Instant at, long recipients) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode a = items.get(i);
            list.add(new Article(appId, msgDataId, i, a.path("title").asText(""), at, recipients,
                    a.path("need_open_comment").asInt(0) == 1));
        }
        byMsgDataId.put(msgDataId, new Sent(appId, List.copyOf(list)));
    }

    /** Forgets a publication that was deleted. */
    public synchronized void withdrawn(String appId, long msgDataId) {
        Sent s = byMsgDataId.get(msgDataId);
        if (s != null && s.appId().equals(appId)) {
            byMsgDataId.remove(msgDataId);
        }
    }

    /**
     * The article, for a WeChat API call.
     *
     * @throws ApiError 88001 (msg_data is not exists) when the account sent no such article
     */
    public synchronized Article require(String appId, long msgDataId, int index) {
        Sent s = byMsgDataId.get(msgDataId);
        if (s == null || !s.appId().equals(appId) || index < 0 || index >= s.articles().size()) {
            throw new ApiError(88001, "msg_data is not exists");
        }
        return s.articles().get(index);
    }

    /** The article, or null (control calls). */
    public synchronized Article find(long msgDataId, int index) {
        Sent s = byMsgDataId.get(msgDataId);
        return s == null || index < 0 || index >= s.articles().size() ? null : s.articles().get(index);
    }

    /** Every article of the account, in the order sent. */
    public synchronized List<Article> all(String appId) {
        return byMsgDataId.values().stream().filter(s -> s.appId().equals(appId))
                .flatMap(s -> s.articles().stream()).toList();
    }

    @Override
    public synchronized void reset() {
        byMsgDataId.clear();
    }
}
