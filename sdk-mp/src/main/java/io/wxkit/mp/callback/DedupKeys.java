package io.wxkit.mp.callback;

import io.wxkit.core.internal.crypto.Fingerprint;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.UserMessage;
import io.wxkit.core.message.WxCallbackException;
import io.wxkit.core.message.WxCallbackException.Reason;
import java.util.function.Function;

/**
 * The dedup key of a delivery, as WeChat's retry rules define identity: {@code FromUserName +
 * CreateTime + MsgId} for chat messages ({@code MsgId} alone collides across users), {@code
 * FromUserName + CreateTime + Event (+ EventKey)} for events, or what the user's key function returns.
 * Every key is scoped by the receiving account ({@code ToUserName}), so accounts can share one store,
 * and is a {@link Fingerprint} of those fields: 37 characters whatever the sender put in them, so
 * forged requests cannot pin memory in the store.
 */
final class DedupKeys {
    /** WeChat's account ids ({@code gh_} + 12) and openids (28) are far shorter; the limit is generous. */
    static final int MAX_NAME_CHARS = 64;

    private final Function<? super InboundMessage, ? extends CharSequence> custom;

    /** @param custom the user's key function, or {@code null} for WeChat's identity rules */
    DedupKeys(Function<? super InboundMessage, ? extends CharSequence> custom) {
        this.custom = custom;
    }

    /**
     * The key of {@code m}: the user's key function's result, or WeChat's identity rules when there is no
     * function or it returns {@code null}. Exceptions of the function propagate.
     */
    String of(InboundMessage m) {
        CharSequence own = custom == null ? null : custom.apply(m);
        if (own != null) {
            return "mp:u:" + Fingerprint.of(m.toUser(), own);
        }
        return standard(m);
    }

    static String standard(InboundMessage m) {
        long createTime = m.createTime().getEpochSecond();
        if (m instanceof UserMessage u && u.msgId() != 0) {
            // the same key as "mp:m:" + Fingerprint.of(to, from, Long.toString(createTime), Long.toString(msgId)),
            // which stores shared with older versions (Redis) hold, built without the intermediate strings
            return Fingerprint.prefixed("mp:m:", m.toUser(), m.fromUser(), createTime, u.msgId());
        }
        String event = Rule.eventName(m);
        return "mp:e:" + Fingerprint.of(m.toUser(), m.fromUser(), Long.toString(createTime),
                event == null ? m.msgType() : event, Rule.eventKey(m));
    }

    /**
     * Refuses a message whose {@code ToUserName} or {@code FromUserName} is longer than any WeChat sends,
     * before anything about it is stored or routed.
     *
     * @throws WxCallbackException with {@link Reason#INVALID_FIELD}
     */
    static InboundMessage requireWeChatSizedNames(InboundMessage m) {
        if (m.toUser().length() > MAX_NAME_CHARS || m.fromUser().length() > MAX_NAME_CHARS) {
            throw new WxCallbackException(Reason.INVALID_FIELD, "ToUserName or FromUserName is longer than "
                    + MAX_NAME_CHARS + " characters (" + m.toUser().length() + ", " + m.fromUser().length() + ")");
        }
        return m;
    }
}
