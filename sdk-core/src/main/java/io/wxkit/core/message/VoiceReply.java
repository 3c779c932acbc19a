package io.wxkit.core.message;

import java.util.Objects;

/**
 * A passive voice reply ({@code MsgType=voice}); build it with {@link Reply#voice}.
 *
 * @param toUser the user the reply goes to ({@code ToUserName})
 * @param fromUser the replying account ({@code FromUserName})
 * @param mediaId the media id ({@code Voice/MediaId})
 */
public record VoiceReply(String toUser, String fromUser, String mediaId) implements Reply {
    /**
     * Validates required fields.
     *
     * @param toUser the user the reply goes to ({@code ToUserName})
     * @param fromUser the replying account ({@code FromUserName})
     * @param mediaId the media id ({@code Voice/MediaId})
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code mediaId} is null
     */
    public VoiceReply {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(mediaId, "mediaId");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "voice";
    }
}
