package io.wxkit.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The subscribe_msg_sent_event: the delivery result of a subscription message.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param items one entry per template ({@code List})
 */
public record SubscribeMsgSent(String toUser, String fromUser, Instant createTime, List<Item> items) implements Event {
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
    public SubscribeMsgSent {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        items = List.copyOf(items);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "subscribe_msg_sent_event";
    }

    /**
     * One delivery result.
     *
     * @param templateId the template id ({@code TemplateId})
     * @param msgId the message id ({@code MsgID})
     * @param errorCode 0 on success ({@code ErrorCode})
     * @param errorStatus {@code success} or the failure reason ({@code ErrorStatus})
     */
    public record Item(String templateId, long msgId, int errorCode, String errorStatus) {
        /**
         * Validates required fields.
         *
         * @param templateId the template id ({@code TemplateId})
         * @param msgId the message id ({@code MsgID})
         * @param errorCode 0 on success ({@code ErrorCode})
         * @param errorStatus {@code success} or the failure reason ({@code ErrorStatus})
         * @throws NullPointerException if {@code templateId} or {@code errorStatus} is null
         */
        public Item {
            Objects.requireNonNull(templateId, "templateId");
            Objects.requireNonNull(errorStatus, "errorStatus");
        }
    }
}
