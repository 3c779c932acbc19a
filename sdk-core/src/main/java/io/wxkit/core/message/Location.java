package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * An inbound location message ({@code MsgType=location}) a user shared in the chat; the periodic location report is {@link LocationEvent}.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
 * @param latitude latitude ({@code Location_X})
 * @param longitude longitude ({@code Location_Y})
 * @param scale map zoom level ({@code Scale})
 * @param label the place description ({@code Label}); null when absent
 */
public record Location(String toUser, String fromUser, Instant createTime, long msgId, double latitude,
                       double longitude, int scale, String label) implements UserMessage {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
     * @param latitude latitude ({@code Location_X})
     * @param longitude longitude ({@code Location_Y})
     * @param scale map zoom level ({@code Scale})
     * @param label the place description ({@code Label}); null when absent
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code createTime} is null
     */
    public Location {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "location";
    }
}
