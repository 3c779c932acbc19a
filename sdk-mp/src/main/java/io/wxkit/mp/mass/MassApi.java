package io.wxkit.mp.mass;

import io.wxkit.core.http.ApiClient;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.internal.Chunks;
import io.wxkit.mp.internal.MpCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mass message APIs (群发, 微传播) of one Official Account: send to every follower, a tag or
 * an openid list; preview to one follower; query, delete and pace sends; upload news for them.
 *
 * <pre>{@code
 * List<MassSendResult> jobs = mp.mass().send(MassTarget.users(openids), MassMessage.text("Doors open at 7pm"));
 * String status = mp.mass().status(jobs.get(0).msgId());
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.mass()}. Every call blocks and throws
 * {@link io.wxkit.core.http.WxApiException} on an errcode (e.g. 45028 no sends left, 45065 a
 * repeated clientmsgid, 40130 fewer than 2 openids) or when WeChat cannot be reached. Sends are
 * retried after a lost answer only when they carry a {@code clientmsgid} (WeChat dedups those).
 */
public final class MassApi {
    static final int OPENIDS_MIN = 2;
    static final int OPENIDS_MAX = 10_000;

    private final MpCalls context;

    /**
     * This API over {@code api}; users call {@code mp.mass()}, which passes its account's pipeline.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public MassApi(ApiClient api) {
        this.context = new MpCalls(api);
    }

    /**
     * Submits a mass send and returns WeChat's receipts: one for all followers or a tag
     * ({@code POST cgi-bin/message/mass/sendall}), one per 10,000 openids for a list
     * ({@code POST cgi-bin/message/mass/send}; no call gets fewer than 2). With a
     * {@code clientmsgid}, each chunk after the first gets the suffix {@code -2}, {@code -3}, ... so
     * that every call stays idempotent on its own. Chunked sends are not atomic.
     *
     * @param target all followers, a tag, or 2 or more openids; not null
     * @param message the payload and send options; not null
     * @return one receipt ({@code msg_id}, {@code msg_data_id}) per call made, in order
     * @throws IllegalArgumentException if the clientmsgid leaves no room for the chunk suffix
     * @throws NullPointerException if an argument is null
     */
    public List<MassSendResult> send(MassTarget target, MassMessage message) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(message, "message");
        if (target instanceof MassTarget.Users users) {
            return sendToUsers(users.openids(), message);
        }
        Filter filter = target instanceof MassTarget.Tag tag ? new Filter(false, tag.tagId()) : new Filter(true, null);
        return List.of(submit("cgi-bin/message/mass/sendall", new SendAllBody(filter, message), message));
    }

    /**
     * Sends {@code message} to one follower to check it: {@code POST cgi-bin/message/mass/preview}
     * (100 per day). The send options of {@code message} are not used.
     *
     * @param openid the follower who receives the preview ({@code touser}); not blank
     * @param message the payload; not null
     * @throws NullPointerException if {@code openid} is null
     * @throws IllegalArgumentException if {@code openid} is blank
     * @throws NullPointerException if {@code message} is null
     */
    public void preview(String openid, MassMessage message) {
        Checks.requireText(openid, "touser");
        context.execute(ApiRequest.post("cgi-bin/message/mass/preview")
                .json(new PreviewBody(openid, Objects.requireNonNull(message, "message").contentOnly())));
    }

    /**
     * Deletes a sent news message: {@code POST cgi-bin/message/mass/delete}.
     *
     * @param msgId the {@code msg_id} of a {@link #send} receipt
     * @param articleIdx which article (1-based); 0 deletes the whole message
     * @throws IllegalArgumentException if {@code articleIdx} is negative
     */
    public void delete(long msgId, int articleIdx) {
        if (articleIdx < 0) {
            throw new IllegalArgumentException("article_idx is 0 (all) or the 1-based article, got " + articleIdx);
        }
        context.execute(ApiRequest.post("cgi-bin/message/mass/delete")
                .json(Map.of("msg_id", msgId, "article_idx", articleIdx)).asIdempotent());
    }

    /**
     * The state of send job {@code msgId}: {@code SENDING}, {@code SEND_SUCCESS}, {@code SEND_FAIL}
     * or {@code DELETE}: {@code POST cgi-bin/message/mass/get}.
     *
     * @param msgId the {@code msg_id} of a {@link #send} receipt
     * @return WeChat's {@code msg_status}, as sent
     */
    public String status(long msgId) {
        return context.text(ApiRequest.post("cgi-bin/message/mass/get").json(Map.of("msg_id", Long.toString(msgId)))
                .asIdempotent(), "msg_status");
    }

    /**
     * The current send speed: {@code POST cgi-bin/message/mass/speed/get}.
     *
     * @return the {@code speed} level (0..4) and the {@code realspeed} it stands for, in ten thousands per minute
     */
    public MassSpeed speed() {
        return context.call(ApiRequest.post("cgi-bin/message/mass/speed/get").json(Map.of()).asIdempotent(),
                MassSpeed.class);
    }

    /**
     * Sets the send speed level: {@code POST cgi-bin/message/mass/speed/set}.
     *
     * @param speed 0 (80 w/min) to 4 (10 w/min)
     * @throws IllegalArgumentException if {@code speed} is outside 0..4
     */
    public void setSpeed(int speed) {
        if (speed < 0 || speed > 4) {
            throw new IllegalArgumentException("speed is 0-4, got " + speed);
        }
        context.execute(ApiRequest.post("cgi-bin/message/mass/speed/set").json(Map.of("speed", speed)).asIdempotent());
    }

    /**
     * Uploads a news message (1–8 articles) for mass sending and returns its {@code media_id}:
     * {@code POST cgi-bin/media/uploadnews}.
     *
     * @param articles 1..8 articles, in display order
     * @return the {@code media_id} of the uploaded news, for {@link MassMessage#mpNews(String)}
     * @throws IllegalArgumentException if {@code articles} has fewer than 1 or more than 8 entries
     */
    public String uploadNews(List<NewsArticle> articles) {
        Checks.requireSize(articles, "articles", 1, 8);
        return context.text(ApiRequest.post("cgi-bin/media/uploadnews").json(Map.of("articles", List.copyOf(articles))),
                "media_id");
    }

    private List<MassSendResult> sendToUsers(List<String> openids, MassMessage message) {
        List<List<String>> chunks = Chunks.of(openids, OPENIDS_MIN, OPENIDS_MAX);
        String baseId = message.clientMsgId();
        if (baseId != null && chunks.size() > 1) {
            Checks.optionalChars(baseId + "-" + chunks.size(), "clientmsgid with chunk suffix", MassMessage.MAX_CLIENT_MSG_ID);
        }
        List<MassSendResult> results = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            MassMessage part = baseId == null || i == 0 ? message : message.clientMsgId(baseId + "-" + (i + 1));
            results.add(submit("cgi-bin/message/mass/send", new SendBody(chunks.get(i), part), part));
        }
        return List.copyOf(results);
    }

    private MassSendResult submit(String path, Object body, MassMessage message) {
        ApiRequest request = ApiRequest.post(path).json(body);
        // with a clientmsgid WeChat refuses a repeat within 24 h (45065), so a resend is safe
        return context.call(message.clientMsgId() != null ? request.clientMsgId(message.clientMsgId()) : request,
                MassSendResult.class);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Filter(@JsonProperty("is_to_all") boolean isToAll, @JsonProperty("tag_id") Long tagId) {
    }

    record SendAllBody(@JsonProperty("filter") Filter filter, @JsonUnwrapped MassMessage message) {
    }

    record SendBody(@JsonProperty("touser") List<String> toUser, @JsonUnwrapped MassMessage message) {
    }

    record PreviewBody(@JsonProperty("touser") String toUser, @JsonUnwrapped MassMessage message) {
    }
}
