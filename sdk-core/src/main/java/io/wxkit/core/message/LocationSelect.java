package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The location_select event: a user picked a location from a {@code location_select} menu button.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param eventKey the button key ({@code EventKey})
 * @param latitude latitude ({@code SendLocationInfo/Location_X})
 * @param longitude longitude ({@code SendLocationInfo/Location_Y})
 * @param scale map zoom level ({@code SendLocationInfo/Scale})
 * @param label the place description ({@code SendLocationInfo/Label}); null when absent
 * @param poiname the point of interest ({@code SendLocationInfo/Poiname}); null when absent
 */
public record LocationSelect(String toUser, String fromUser, Instant createTime, String eventKey, double latitude,
                             double longitude, int scale, String label, String poiname) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param eventKey the button key ({@code EventKey})
     * @param latitude latitude ({@code SendLocationInfo/Location_X})
     * @param longitude longitude ({@code SendLocationInfo/Location_Y})
     * @param scale map zoom level ({@code SendLocationInfo/Scale})
     * @param label the place description ({@code SendLocationInfo/Label}); null when absent
     * @param poiname the point of interest ({@code SendLocationInfo/Poiname}); null when absent
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code eventKey} is null
     */
    public LocationSelect {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "location_select";
    }
}
