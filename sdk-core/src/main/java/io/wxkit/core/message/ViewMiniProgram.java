package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The view_miniprogram event: a user opened a mini program from a {@code miniprogram} menu button.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param eventKey the mini program page path ({@code EventKey})
 * @param menuId the menu id ({@code MenuId}); null when absent
 */
public record ViewMiniProgram(String toUser, String fromUser, Instant createTime, String eventKey, String menuId) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param eventKey the mini program page path ({@code EventKey})
     * @param menuId the menu id ({@code MenuId}); null when absent
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code eventKey} is null
     */
    public ViewMiniProgram {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "view_miniprogram";
    }
}
