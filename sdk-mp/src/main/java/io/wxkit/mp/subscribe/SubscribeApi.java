package io.wxkit.mp.subscribe;

import io.wxkit.core.http.ApiClient;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.internal.MpCalls;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The subscribe notification APIs (订阅通知) of one Official Account: send to a follower who
 * subscribed, and manage the templates (from the public library under the account's categories).
 *
 * <pre>{@code
 * mp.subscriptions().send(SubscribeMessage.to(openid, templateId).data("thing1", "Meeting at 3pm"));
 * List<SubscribeTemplate> mine = mp.subscriptions().templates();
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.subscriptions()}. Every method blocks for
 * one WeChat call and throws {@link io.wxkit.core.http.WxApiException} on an errcode (43101: the
 * user has not subscribed or used up a one-time subscription; 47003: a bad value) or when WeChat
 * cannot be reached.
 */
public final class SubscribeApi {
    private final MpCalls context;

    /**
     * This API over {@code api}; users call {@code mp.subscriptions()}, which passes its account's pipeline.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public SubscribeApi(ApiClient api) {
        this.context = new MpCalls(api);
    }

    /**
     * Sends a notification: {@code POST cgi-bin/message/subscribe/bizsend}. Not retried after a lost answer.
     *
     * @param message the notification; not null
     * @throws NullPointerException if {@code message} is null
     */
    public void send(SubscribeMessage message) {
        Objects.requireNonNull(message, "message");
        context.execute(ApiRequest.post("cgi-bin/message/subscribe/bizsend").json(message));
    }

    /**
     * The templates the account added: {@code GET wxaapi/newtmpl/gettemplate}.
     *
     * @return the added templates ({@code data}), each with its {@code priTmplId}, title and content
     */
    public List<SubscribeTemplate> templates() {
        return context.list(ApiRequest.get("wxaapi/newtmpl/gettemplate"), "data", SubscribeTemplate.class);
    }

    /**
     * The account's categories: {@code GET wxaapi/newtmpl/getcategory}.
     *
     * @return the account's categories ({@code data}), for {@link #publicTemplates}
     */
    public List<Category> categories() {
        return context.list(ApiRequest.get("wxaapi/newtmpl/getcategory"), "data", Category.class);
    }

    /**
     * The keywords of public template {@code tid}: {@code GET wxaapi/newtmpl/getpubtemplatekeywords}.
     *
     * @param tid the public template's {@code tid}
     * @return its keywords ({@code data}), whose {@code kid}s {@link #addTemplate} takes
     */
    public List<Keyword> keywords(long tid) {
        return context.list(ApiRequest.get("wxaapi/newtmpl/getpubtemplatekeywords").query("tid", Long.toString(tid)),
                "data", Keyword.class);
    }

    /**
     * A page of public template titles under {@code categoryIds}:
     * {@code GET wxaapi/newtmpl/getpubtemplatetitles}.
     *
     * @param categoryIds 1 or more category ids from {@link #categories()}, sent comma-separated as {@code ids}
     * @param start the offset
     * @param limit the page size, 1–30
     * @return the page of titles ({@code data})
     * @throws IllegalArgumentException if no category is given or the page size is out of range
     * @throws NullPointerException if {@code categoryIds} is null
     */
    public List<PublicTemplate> publicTemplates(List<Long> categoryIds, int start, int limit) {
        Checks.requireSize(categoryIds, "ids", 1, Integer.MAX_VALUE);
        if (start < 0 || limit < 1 || limit > 30) {
            throw new IllegalArgumentException("start must be >= 0 and limit 1-30, got " + start + "/" + limit);
        }
        String ids = categoryIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return context.list(ApiRequest.get("wxaapi/newtmpl/getpubtemplatetitles").query("ids", ids)
                .query("start", Integer.toString(start)).query("limit", Integer.toString(limit)), "data",
                PublicTemplate.class);
    }

    /**
     * Adds public template {@code tid} with the chosen keywords and returns its {@code priTmplId}:
     * {@code POST wxaapi/newtmpl/addtemplate}.
     *
     * @param tid the public template's {@code tid}, from {@link #publicTemplates}
     * @param keywordIds 2–5 keyword ids, in display order
     * @param sceneDescription what it is used for, at most 15 characters
     * @return the {@code priTmplId}, the template id for {@link SubscribeMessage#to}
     * @throws IllegalArgumentException if there are not 2–5 keyword ids or {@code sceneDescription} is
     *     blank or longer than 15 characters
     * @throws NullPointerException if {@code keywordIds} or {@code sceneDescription} is null
     */
    public String addTemplate(long tid, List<Integer> keywordIds, String sceneDescription) {
        Checks.requireSize(keywordIds, "kidList", 2, 5);
        Checks.requireChars(sceneDescription, "sceneDesc", 15);
        return context.text(ApiRequest.post("wxaapi/newtmpl/addtemplate")
                .json(new AddBody(Long.toString(tid), List.copyOf(keywordIds), sceneDescription)), "priTmplId");
    }

    /**
     * Deletes an added template: {@code POST wxaapi/newtmpl/deltemplate}.
     *
     * @param templateId the {@code priTmplId}; not blank
     * @throws NullPointerException if {@code templateId} is null
     * @throws IllegalArgumentException if {@code templateId} is blank
     */
    public void deleteTemplate(String templateId) {
        Checks.requireText(templateId, "priTmplId");
        context.execute(ApiRequest.post("wxaapi/newtmpl/deltemplate").json(Map.of("priTmplId", templateId))
                .asIdempotent());
    }

    record AddBody(@JsonProperty("tid") String tid, @JsonProperty("kidList") List<Integer> keywordIds,
            @JsonProperty("sceneDesc") String sceneDescription) {
    }
}
