package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The VIEW event: a user tapped a {@code view} (URL) menu button.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param eventKey the URL of the button ({@code EventKey})
 * @param menuId the personalised menu id ({@code MenuId}/{@code MenuID}); null when absent
 */
public record View(String toUser, String fromUser, Instant createTime, String eventKey, String menuId) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param eventKey the URL of the button ({@code EventKey})
     * @param menuId the personalised menu id ({@code MenuId}/{@code MenuID}); null when absent
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code eventKey} is null
     */
    public View {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "VIEW";
    }
}
