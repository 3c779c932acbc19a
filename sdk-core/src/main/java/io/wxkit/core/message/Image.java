package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * An inbound image message ({@code MsgType=image}).
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
 * @param picUrl the image URL ({@code PicUrl})
 * @param mediaId the temporary media id ({@code MediaId})
 */
public record Image(String toUser, String fromUser, Instant createTime, long msgId, String picUrl, String mediaId) implements UserMessage {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
     * @param picUrl the image URL ({@code PicUrl})
     * @param mediaId the temporary media id ({@code MediaId})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code picUrl} or
     *     {@code mediaId} is null
     */
    public Image {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(picUrl, "picUrl");
        Objects.requireNonNull(mediaId, "mediaId");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "image";
    }
}
