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
    /** Checks the fields. */
    public ForumOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(filter, "filter");
        if (replyTemplateId != null) {
            Participant.requireId("replyTemplateId", replyTemplateId);
        }
    }

    /** Default limits, no filter, no notification. */
    public static ForumOptions defaults() {
        return new ForumOptions(ForumLimits.defaults(), ContentFilter.NONE, null, null);
    }

    /** These options with {@code limits}. */
    public ForumOptions limits(ForumLimits limits) {
        return new ForumOptions(limits, filter, replyTemplateId, threadUrlPrefix);
    }

    /** These options with {@code filter}. */
    public ForumOptions filter(ContentFilter filter) {
        return new ForumOptions(limits, filter, replyTemplateId, threadUrlPrefix);
    }

    /** These options notifying thread authors with template {@code templateId}, linking to {@code urlPrefix + threadId}. */
    public ForumOptions replyTemplate(String templateId, String urlPrefix) {
        return new ForumOptions(limits, filter, Objects.requireNonNull(templateId, "templateId"), urlPrefix);
    }
}
