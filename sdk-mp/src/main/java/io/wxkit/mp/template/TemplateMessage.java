package io.wxkit.mp.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A template message ("meeting notice") to one follower: the body of
 * {@code cgi-bin/message/template/send}. Built fluently; every {@code with}-style call returns a new
 * immutable message.
 *
 * <p>The jump target is optional: {@link #url} opens a web page, {@link #miniProgram} a mini
 * program page (WeChat prefers the mini program when both are set and falls back to the url on
 * clients that cannot open it). {@link #clientMsgId} makes retries idempotent: WeChat sends one
 * message per openid and id.
 *
 * <pre>{@code
 * mp.templates().send(TemplateMessage.to(openid, templateId)
 *         .data("thing1", "Meeting at 3pm").url("https://example.com/meetings/42"));
 * }</pre>
 *
 * @param toUser the recipient openid
 * @param templateId the template id from the account's private template list
 * @param url the web page to open, or null
 * @param miniProgram the mini program page to open, or null
 * @param clientMsgId the idempotency id, or null
 * @param data the keyword values, in insertion order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateMessage(
        @JsonProperty("touser") String toUser,
        @JsonProperty("template_id") String templateId,
        @JsonProperty("url") String url,
        @JsonProperty("miniprogram") MiniProgramLink miniProgram,
        @JsonProperty("client_msg_id") String clientMsgId,
        @JsonProperty("data") Map<String, TemplateData> data) {

    /**
     * Validates the recipient and template and copies the data.
     *
     * @param toUser the recipient openid
     * @param templateId the template id from the account's private template list
     * @param url the web page to open, or null
     * @param miniProgram the mini program page to open, or null
     * @param clientMsgId the idempotency id, or null
     * @param data the keyword values, in insertion order
     * @throws IllegalArgumentException if the openid or template id is blank, or a data key is blank
     * @throws NullPointerException if a required value is null
     */
    public TemplateMessage {
        Checks.requireText(toUser, "touser");
        Checks.requireText(templateId, "template_id");
        if (url != null) {
            Checks.requireText(url, "url");
        }
        if (clientMsgId != null) {
            Checks.requireText(clientMsgId, "client_msg_id");
        }
        Map<String, TemplateData> copy = new LinkedHashMap<>();
        Objects.requireNonNull(data, "data").forEach((key, value) ->
                copy.put(Checks.requireText(key, "data key"), Objects.requireNonNull(value, "data." + key)));
        data = Collections.unmodifiableMap(copy);
    }

    /**
     * A template message with no data yet, to follower {@code openid}.
     *
     * @param openid the recipient ({@code touser}); not blank
     * @param templateId the {@code template_id}; not blank
     * @return the message, without data or jump
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static TemplateMessage to(String openid, String templateId) {
        return new TemplateMessage(openid, templateId, null, null, null, Map.of());
    }

    /**
     * This message with keyword {@code key} set to {@code value} (replacing an earlier value).
     *
     * @param key the keyword, e.g. {@code thing1}; not blank
     * @param value the text; not null
     * @return a copy with {@code data.<key>} set
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code key} is blank
     */
    public TemplateMessage data(String key, String value) {
        return data(key, new TemplateData(value, null));
    }

    /**
     * This message with keyword {@code key} set to {@code value} in {@code color} ({@code #RRGGBB}).
     *
     * @param key the keyword, e.g. {@code thing1}; not blank
     * @param value the text; not null
     * @param color {@code #RRGGBB}, or null for none
     * @return a copy with {@code data.<key>} set
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if {@code key} is blank or {@code color} is not {@code #RRGGBB}
     */
    public TemplateMessage data(String key, String value, String color) {
        return data(key, new TemplateData(value, color));
    }

    /**
     * This message with keyword {@code key} set to {@code value}.
     *
     * @param key the keyword, e.g. {@code thing1}; not blank
     * @param value the value and color; not null
     * @return a copy with {@code data.<key>} set (replacing an earlier value of {@code key})
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code key} is blank
     */
    public TemplateMessage data(String key, TemplateData value) {
        Map<String, TemplateData> next = new LinkedHashMap<>(data);
        next.put(key, value);
        return new TemplateMessage(toUser, templateId, url, miniProgram, clientMsgId, next);
    }

    /**
     * This message opening {@code url} when tapped.
     *
     * @param url the page's URL, or null for none; not blank
     * @return a copy with {@code url} set
     * @throws IllegalArgumentException if {@code url} is blank
     */
    public TemplateMessage url(String url) {
        return new TemplateMessage(toUser, templateId, url, miniProgram, clientMsgId, data);
    }

    /**
     * This message opening page {@code pagePath} of mini program {@code appId} when tapped.
     *
     * @param appId the mini program's appId ({@code miniprogram.appid}), bound to the account
     * @param pagePath the page with its query, or null for the home page
     * @return a copy with {@code miniprogram} set
     * @throws NullPointerException if {@code appId} is null
     * @throws IllegalArgumentException if {@code appId} is blank
     */
    public TemplateMessage miniProgram(String appId, String pagePath) {
        return new TemplateMessage(toUser, templateId, url, new MiniProgramLink(appId, pagePath), clientMsgId, data);
    }

    /**
     * This message with idempotency id {@code clientMsgId}: WeChat sends it at most once per openid.
     *
     * @param clientMsgId the {@code client_msg_id}, or null for none; not blank
     * @return a copy with {@code client_msg_id} set
     * @throws IllegalArgumentException if {@code clientMsgId} is blank
     */
    public TemplateMessage clientMsgId(String clientMsgId) {
        return new TemplateMessage(toUser, templateId, url, miniProgram, clientMsgId, data);
    }
}
