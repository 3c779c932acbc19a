package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The LOCATION event: the periodic location report of a user who allowed it (not the chat {@link Location} message).
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param latitude latitude ({@code Latitude})
 * @param longitude longitude ({@code Longitude})
 * @param precision precision in metres ({@code Precision})
 */
public record LocationEvent(String toUser, String fromUser, Instant createTime, double latitude, double longitude,
                            double precision) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param latitude latitude ({@code Latitude})
     * @param longitude longitude ({@code Longitude})
     * @param precision precision in metres ({@code Precision})
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code createTime} is null
     */
    public LocationEvent {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "LOCATION";
    }
}
