package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * An inbound voice message ({@code MsgType=voice}), with the speech recognition result when the account enabled it.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
 * @param mediaId the temporary media id ({@code MediaId})
 * @param format the audio format, e.g. amr or speex ({@code Format})
 * @param recognition the speech recognition text ({@code Recognition}); null when absent
 */
public record Voice(String toUser, String fromUser, Instant createTime, long msgId, String mediaId, String format,
                    String recognition) implements UserMessage {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
     * @param mediaId the temporary media id ({@code MediaId})
     * @param format the audio format, e.g. amr or speex ({@code Format})
     * @param recognition the speech recognition text ({@code Recognition}); null when absent
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code mediaId} or
     *     {@code format} is null
     */
    public Voice {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(format, "format");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "voice";
    }
}
