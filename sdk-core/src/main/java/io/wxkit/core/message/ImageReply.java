package io.wxkit.core.message;

import java.util.Objects;

/**
 * A passive image reply ({@code MsgType=image}); build it with {@link Reply#image}.
 *
 * @param toUser the user the reply goes to ({@code ToUserName})
 * @param fromUser the replying account ({@code FromUserName})
 * @param mediaId the media id ({@code Image/MediaId})
 */
public record ImageReply(String toUser, String fromUser, String mediaId) implements Reply {
    /**
     * Validates required fields.
     *
     * @param toUser the user the reply goes to ({@code ToUserName})
     * @param fromUser the replying account ({@code FromUserName})
     * @param mediaId the media id ({@code Image/MediaId})
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code mediaId} is null
     */
    public ImageReply {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(mediaId, "mediaId");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "image";
    }
}
