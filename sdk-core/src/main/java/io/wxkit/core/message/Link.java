package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * An inbound link message ({@code MsgType=link}).
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
 * @param title the link title ({@code Title})
 * @param description the link description ({@code Description}); null when absent
 * @param url the link ({@code Url})
 */
public record Link(String toUser, String fromUser, Instant createTime, long msgId, String title, String description,
                   String url) implements UserMessage {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
     * @param title the link title ({@code Title})
     * @param description the link description ({@code Description}); null when absent
     * @param url the link ({@code Url})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code title} or
     *     {@code url} is null
     */
    public Link {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "link";
    }
}
