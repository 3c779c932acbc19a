package io.wxkit.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The subscribe_msg_change_event: a user changed a subscription in the service notification settings.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param items one entry per template ({@code List})
 */
public record SubscribeMsgChange(String toUser, String fromUser, Instant createTime, List<Item> items) implements Event {
    /**
     * Validates required fields and copies lists.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param items one entry per template ({@code List})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code items} is null,
     *     or a list holds a null element
     */
    public SubscribeMsgChange {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        items = List.copyOf(items);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "subscribe_msg_change_event";
    }

    /**
     * One template whose subscription changed.
     *
     * @param templateId the template id ({@code TemplateId})
     * @param subscribeStatus {@code reject} (the only value pushed today) ({@code SubscribeStatusString})
     */
    public record Item(String templateId, String subscribeStatus) {
        /**
         * Validates required fields.
         *
         * @param templateId the template id ({@code TemplateId})
         * @param subscribeStatus {@code reject} (the only value pushed today) ({@code SubscribeStatusString})
         * @throws NullPointerException if {@code templateId} or {@code subscribeStatus} is null
         */
        public Item {
            Objects.requireNonNull(templateId, "templateId");
            Objects.requireNonNull(subscribeStatus, "subscribeStatus");
        }
    }
}
