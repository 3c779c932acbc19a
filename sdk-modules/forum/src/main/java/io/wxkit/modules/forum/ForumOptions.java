package io.wxkit.modules.forum;

import io.wxkit.modules.common.Participant;
import java.util.Objects;

/**
 * How a forum behaves: the length limits, the content filter and the template message that tells a thread
 * author about new replies.
 *
 * <pre>{@code
 * ForumOptions options = ForumOptions.defaults()
 *         .filter(SensitiveWords.of(words))
 *         .replyTemplate("TEMPLATE_ID", "https://example.com/forum/thread/");
 * }</pre>
 *
 * @param limits             the length limits
 * @param filter             the content filter
 * @param replyTemplateId    the template id of the new-reply notification, or {@code null} for none
 * @param threadUrlPrefix    the page the notification opens, the thread id appended, or {@code null}
 */
public record ForumOptions(ForumLimits limits, ContentFilter filter, String replyTemplateId, String threadUrlPrefix) {
    /**
     * Checks the fields.
     *
     * @param limits the length limits
     * @param filter the content filter
     * @param replyTemplateId the template id of the new-reply notification, or {@code null} for none
     * @param threadUrlPrefix the page the notification opens, the thread id appended, or {@code null}
     */
    public ForumOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(filter, "filter");
        if (replyTemplateId != null) {
            Participant.requireId("replyTemplateId", replyTemplateId);
        }
    }

    /**
     * Default limits, no filter, no notification.
     *
     * @return {@link ForumLimits#defaults()}, {@link ContentFilter#NONE}, no reply notification
     */
    public static ForumOptions defaults() {
        return new ForumOptions(ForumLimits.defaults(), ContentFilter.NONE, null, null);
    }

    /**
     * These options with {@code limits}.
     *
     * @param limits the length limits; not null
     * @return a copy with {@code limits}
     * @throws NullPointerException if {@code limits} is null
     */
    public ForumOptions limits(ForumLimits limits) {
        return new ForumOptions(limits, filter, replyTemplateId, threadUrlPrefix);
    }

    /**
     * These options with {@code filter}.
     *
     * @param filter the content filter; not null
     * @return a copy with {@code filter}
     * @throws NullPointerException if {@code filter} is null
     */
    public ForumOptions filter(ContentFilter filter) {
        return new ForumOptions(limits, filter, replyTemplateId, threadUrlPrefix);
    }

    /**
     * These options notifying thread authors with template {@code templateId}, linking to {@code urlPrefix + threadId}.
     *
     * @param templateId the template id, 1-64 characters of {@code [A-Za-z0-9_-]}; not null
     * @param urlPrefix the page prefix, or {@code null} for a message without link
     * @return a copy with the notification
     * @throws NullPointerException if {@code templateId} is null
     * @throws io.wxkit.modules.common.ModuleException {@code INVALID_INPUT} if {@code templateId} is malformed
     */
    public ForumOptions replyTemplate(String templateId, String urlPrefix) {
        return new ForumOptions(limits, filter, Objects.requireNonNull(templateId, "templateId"), urlPrefix);
    }
}
