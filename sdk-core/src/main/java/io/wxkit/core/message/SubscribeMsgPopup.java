package io.wxkit.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The subscribe_msg_popup_event: a user answered the subscription-message popup.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param items one entry per template ({@code List})
 */
public record SubscribeMsgPopup(String toUser, String fromUser, Instant createTime, List<Item> items) implements Event {
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
    public SubscribeMsgPopup {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        items = List.copyOf(items);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "subscribe_msg_popup_event";
    }

    /**
     * One template in the popup answer.
     *
     * @param templateId the template id ({@code TemplateId})
     * @param subscribeStatus {@code accept} or {@code reject} ({@code SubscribeStatusString})
     * @param popupScene 1 from an H5 page, 2 from a chat message ({@code PopupScene})
     */
    public record Item(String templateId, String subscribeStatus, int popupScene) {
        /**
         * Validates required fields.
         *
         * @param templateId the template id ({@code TemplateId})
         * @param subscribeStatus {@code accept} or {@code reject} ({@code SubscribeStatusString})
         * @param popupScene 1 from an H5 page, 2 from a chat message ({@code PopupScene})
         * @throws NullPointerException if {@code templateId} or {@code subscribeStatus} is null
         */
        public Item {
            Objects.requireNonNull(templateId, "templateId");
            Objects.requireNonNull(subscribeStatus, "subscribeStatus");
        }
    }
}
