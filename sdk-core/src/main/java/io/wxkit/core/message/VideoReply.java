package io.wxkit.core.message;

import java.util.Objects;

/**
 * A passive video reply ({@code MsgType=video}); build it with {@link Reply#video}.
 *
 * @param toUser the user the reply goes to ({@code ToUserName})
 * @param fromUser the replying account ({@code FromUserName})
 * @param mediaId the media id ({@code Video/MediaId})
 * @param title the title ({@code Video/Title}); may be null
 * @param description the description ({@code Video/Description}); may be null
 */
public record VideoReply(String toUser, String fromUser, String mediaId, String title, String description) implements Reply {
    /**
     * Validates required fields.
     *
     * @param toUser the user the reply goes to ({@code ToUserName})
     * @param fromUser the replying account ({@code FromUserName})
     * @param mediaId the media id ({@code Video/MediaId})
     * @param title the title ({@code Video/Title}); may be null
     * @param description the description ({@code Video/Description}); may be null
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code mediaId} is null
     */
    public VideoReply {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(mediaId, "mediaId");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "video";
    }
}
