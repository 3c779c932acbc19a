package io.wxkit.mp.template;

import io.wxkit.core.http.ApiClient;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.internal.MpCalls;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The template message APIs (模板消息, e.g. meeting notices) of one Official Account: send, the
 * account's industries, and its private template list.
 *
 * <pre>{@code
 * long msgId = mp.templates().send(TemplateMessage.to(openid, templateId)
 *         .data("thing1", "Meeting at 3pm").url("https://example.com/meetings/42"));
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.templates()}. Every method blocks for one
 * WeChat call and throws {@link io.wxkit.core.http.WxApiException} on an errcode (e.g. 40037
 * invalid template_id, 43004 not following, 47003 bad data value) or when WeChat cannot be reached.
 */
public final class TemplateApi {
    private final MpCalls context;

    /**
     * This API over {@code api}; users call {@code mp.templates()}, which passes its account's pipeline.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public TemplateApi(ApiClient api) {
        this.context = new MpCalls(api);
    }

    /**
     * Sends a template message and returns WeChat's {@code msgid}: {@code POST
     * cgi-bin/message/template/send}. With a {@code client_msg_id} an ambiguous failure (5xx,
     * {@code -1}, lost answer) is retried, since WeChat sends once per openid and id within 10
     * minutes; without one the message is sent at most once and such a failure is a
     * {@link io.wxkit.core.http.WxApiException} with {@code isOutcomeUnknown()}.
     *
     * @param message the message; not null
     * @return the {@code msgid}; the delivery outcome arrives later in the {@code TEMPLATESENDJOBFINISH} event
     * @throws NullPointerException if {@code message} is null
     */
    public long send(TemplateMessage message) {
        Objects.requireNonNull(message, "message");
        ApiRequest request = ApiRequest.post("cgi-bin/message/template/send").json(message);
        if (message.clientMsgId() != null) {
            request = request.clientMsgId(message.clientMsgId());
        }
        String msgId = context.text(request, "msgid");
        try {
            return Long.parseLong(msgId);
        } catch (NumberFormatException e) {
            throw io.wxkit.core.http.WxApiException.unusable("msgid is not a number", request.endpoint());
        }
    }

    /**
     * Sets the account's two industries: {@code POST cgi-bin/template/api_set_industry}.
     *
     * @param primary the primary industry code (e.g. 1 for IT科技/互联网|电子商务)
     * @param secondary the secondary industry code
     */
    public void setIndustry(int primary, int secondary) {
        context.execute(ApiRequest.post("cgi-bin/template/api_set_industry").json(
                new IndustryBody(Integer.toString(primary), Integer.toString(secondary))).asIdempotent());
    }

    /**
     * The account's industries: {@code GET cgi-bin/template/get_industry}.
     *
     * @return the {@code primary_industry} and {@code secondary_industry}, each with its first and second class
     */
    public Industry industry() {
        return context.call(ApiRequest.get("cgi-bin/template/get_industry"), Industry.class);
    }

    /**
     * The account's private templates: {@code GET cgi-bin/template/get_all_private_template}.
     *
     * @return the templates ({@code template_list}) with id, title, content and example
     */
    public List<PrivateTemplate> list() {
        return context.list(ApiRequest.get("cgi-bin/template/get_all_private_template"), "template_list",
                PrivateTemplate.class);
    }

    /**
     * Adds a template from the library and returns its {@code template_id}:
     * {@code POST cgi-bin/template/api_add_template}.
     *
     * @param templateIdShort the library number, e.g. {@code TM00015}
     * @param keywordNames the keywords to use, for category templates; empty for classic ones
     * @return the new {@code template_id}, for {@link TemplateMessage#to}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code templateIdShort} is blank
     */
    public String add(String templateIdShort, List<String> keywordNames) {
        Checks.requireText(templateIdShort, "template_id_short");
        return context.text(ApiRequest.post("cgi-bin/template/api_add_template")
                .json(new AddBody(templateIdShort, keywordNames.isEmpty() ? null : List.copyOf(keywordNames))),
                "template_id");
    }

    /**
     * Deletes a private template: {@code POST cgi-bin/template/del_private_template}.
     *
     * @param templateId the {@code template_id}; not blank
     * @throws NullPointerException if {@code templateId} is null
     * @throws IllegalArgumentException if {@code templateId} is blank
     */
    public void delete(String templateId) {
        Checks.requireText(templateId, "template_id");
        context.execute(ApiRequest.post("cgi-bin/template/del_private_template")
                .json(Map.of("template_id", templateId)).asIdempotent());
    }

    record IndustryBody(@JsonProperty("industry_id1") String primary, @JsonProperty("industry_id2") String secondary) {
    }

    record AddBody(@JsonProperty("template_id_short") String templateIdShort,
            @JsonProperty("keyword_name_list") List<String> keywordNames) {
    }
}
