package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * An inbound short video message ({@code MsgType=shortvideo}).
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
 * @param mediaId the temporary media id ({@code MediaId})
 * @param thumbMediaId the thumbnail media id ({@code ThumbMediaId})
 */
public record ShortVideo(String toUser, String fromUser, Instant createTime, long msgId, String mediaId,
                         String thumbMediaId) implements UserMessage {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
     * @param mediaId the temporary media id ({@code MediaId})
     * @param thumbMediaId the thumbnail media id ({@code ThumbMediaId})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code mediaId} or
     *     {@code thumbMediaId} is null
     */
    public ShortVideo {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(thumbMediaId, "thumbMediaId");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "shortvideo";
    }
}
