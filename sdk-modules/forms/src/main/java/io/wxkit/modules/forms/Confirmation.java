package io.wxkit.modules.forms;

import io.wxkit.modules.common.Untrusted;
import java.util.regex.Pattern;

/**
 * The template message (模板消息) that confirms a submission: template {@code templateId}, with the form's
 * title in keyword {@code titleKey} and the outcome ("报名成功", "候补第 3 位", "已提交") in {@code statusKey}.
 *
 * <pre>{@code
 * new Confirmation("TEMPLATE_ID", "thing1", "phrase2", "https://example.com/forms/7")
 * }</pre>
 *
 * @param templateId the template id of the account
 * @param titleKey   the keyword carrying the form title
 * @param statusKey  the keyword carrying the outcome
 * @param url        the page the message opens, or null
 */
public record Confirmation(String templateId, String titleKey, String statusKey, String url) {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    static final Pattern KEYWORD = Pattern.compile("[a-z_]+[0-9]*");

    /**
     * Validates the ids and keywords.
     *
     * @param templateId the template id of the account
     * @param titleKey the keyword carrying the form title
     * @param statusKey the keyword carrying the outcome
     * @param url the page the message opens, or null
     */
    public Confirmation {
        if (templateId == null || !ID.matcher(templateId).matches()) {
            throw FormField.invalid("confirmation template id is malformed: " + Untrusted.clip(templateId));
        }
        for (String k : new String[] {titleKey, statusKey}) {
            if (k == null || k.length() > 32 || !KEYWORD.matcher(k).matches()) {
                throw FormField.invalid("confirmation keyword is malformed: " + Untrusted.clip(k));
            }
        }
        if (url != null && (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() > 1000)) {
            throw FormField.invalid("confirmation url must be http(s) and at most 1000 characters");
        }
    }
}
