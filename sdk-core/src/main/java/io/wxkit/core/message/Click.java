package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The CLICK event: a user tapped a {@code click} menu button.
 *
 * <pre>{@code
 * callback.onEvent(Click.class, "NEWS", e -> Reply.text(e, todayNews()));
 * }</pre>
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param eventKey the button key ({@code EventKey})
 */
public record Click(String toUser, String fromUser, Instant createTime, String eventKey) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param eventKey the button key ({@code EventKey})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code eventKey} is null
     */
    public Click {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "CLICK";
    }
}
