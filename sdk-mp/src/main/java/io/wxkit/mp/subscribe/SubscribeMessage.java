package io.wxkit.mp.subscribe;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.template.MiniProgramLink;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A subscribe notification (订阅通知) to one follower who subscribed to {@code templateId}: the
 * body of {@code cgi-bin/message/subscribe/bizsend}. Built fluently; each call returns a new
 * immutable message.
 *
 * <p>Values are checked against WeChat's per-kind limits, recognised from the key prefix
 * ({@code thing} ≤ 20 characters, {@code number}/{@code letter}/{@code character_string} ≤ 32,
 * {@code symbol}/{@code phrase} ≤ 5, {@code phone_number} ≤ 17, {@code car_number} ≤ 8,
 * {@code name} ≤ 10 Chinese or 20 Latin characters), so WeChat's 47003 is caught before sending.
 *
 * <pre>{@code
 * mp.subscriptions().send(SubscribeMessage.to(openid, templateId)
 *         .data("thing1", "Meeting at 3pm").page("https://example.com/m/42"));
 * }</pre>
 *
 * @param toUser the recipient openid
 * @param templateId the subscribed template id ({@code priTmplId})
 * @param page the web page to open, or null
 * @param miniProgram the mini program page to open (wins over {@code page}), or null
 * @param data the keyword values, in insertion order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscribeMessage(
        @JsonProperty("touser") String toUser,
        @JsonProperty("template_id") String templateId,
        @JsonProperty("page") String page,
        @JsonProperty("miniprogram") MiniProgramLink miniProgram,
        @JsonProperty("data") Map<String, Value> data) {

    /**
     * Validates the recipient, the template and every value's limit.
     *
     * @param toUser the recipient openid
     * @param templateId the subscribed template id ({@code priTmplId})
     * @param page the web page to open, or null
     * @param miniProgram the mini program page to open (wins over {@code page}), or null
     * @param data the keyword values, in insertion order
     * @throws IllegalArgumentException if a field is blank or a value breaks its kind's limit
     * @throws NullPointerException if a required value is null
     */
    public SubscribeMessage {
        Checks.requireText(toUser, "touser");
        Checks.requireText(templateId, "template_id");
        if (page != null) {
            Checks.requireText(page, "page");
        }
        Map<String, Value> copy = new LinkedHashMap<>();
        Objects.requireNonNull(data, "data").forEach((key, value) -> {
            Checks.requireText(key, "data key");
            ValueLimits.check(key, Objects.requireNonNull(value, "data." + key).value());
            copy.put(key, value);
        });
        data = Collections.unmodifiableMap(copy);
    }

    /**
     * A notification with no data yet, to follower {@code openid}.
     *
     * @param openid the recipient ({@code touser}); not blank
     * @param templateId the {@code priTmplId} the follower subscribed to; not blank
     * @return the message, without data
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static SubscribeMessage to(String openid, String templateId) {
        return new SubscribeMessage(openid, templateId, null, null, Map.of());
    }

    /**
     * This message with keyword {@code key} set to {@code value}.
     *
     * @param key the keyword, e.g. {@code thing1}; its prefix decides the value's limit
     * @param value the value; not null, within the key's limit
     * @return a copy with {@code data.<key>} set (replacing an earlier value of {@code key})
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if {@code key} is blank or {@code value} breaks its limit
     */
    public SubscribeMessage data(String key, String value) {
        Map<String, Value> next = new LinkedHashMap<>(data);
        next.put(key, new Value(value));
        return new SubscribeMessage(toUser, templateId, page, miniProgram, next);
    }

    /**
     * This message opening web page {@code page} when tapped.
     *
     * @param page the page's URL, or null for none; not blank
     * @return a copy with {@code page} set
     * @throws IllegalArgumentException if {@code page} is blank
     */
    public SubscribeMessage page(String page) {
        return new SubscribeMessage(toUser, templateId, page, miniProgram, data);
    }

    /**
     * This message opening page {@code pagePath} of mini program {@code appId} when tapped.
     *
     * @param appId the mini program's appId ({@code miniprogram.appid}), bound to the account
     * @param pagePath the page ({@code miniprogram.pagepath})
     * @return a copy with {@code miniprogram} set
     * @throws NullPointerException if {@code appId} is null
     * @throws IllegalArgumentException if {@code appId} is blank
     */
    public SubscribeMessage miniProgram(String appId, String pagePath) {
        return new SubscribeMessage(toUser, templateId, page, new MiniProgramLink(appId, pagePath), data);
    }

    /**
     * One keyword value ({@code {"value": "..."}}).
     *
     * @param value the text
     */
    public record Value(@JsonProperty("value") String value) {
        /**
         * @param value the text
         * @throws NullPointerException if {@code value} is null
         */
        public Value {
            Objects.requireNonNull(value, "value");
        }
    }
}
