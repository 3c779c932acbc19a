package io.wxkit.mp.callback;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.UserMessage;

/**
 * The dedup key of a delivery, as WeChat's retry rules define identity: {@code MsgId} for chat
 * messages, {@code FromUserName + CreateTime + Event (+ EventKey)} for events. Keys are scoped by the
 * receiving account ({@code ToUserName}) so accounts can share one store.
 */
final class DedupKeys {
    private DedupKeys() {
    }

    static String of(InboundMessage m) {
        String to = m.toUser();
        if (m instanceof UserMessage u && u.msgId() != 0) {
            return new StringBuilder(to.length() + 28).append("mp:").append(to).append(":msg:")
                    .append(u.msgId()).toString();
        }
        String from = m.fromUser();
        String event = Rule.eventName(m);
        String key = Rule.eventKey(m);
        StringBuilder b = new StringBuilder(to.length() + from.length() + 48 + (key == null ? 0 : key.length()))
                .append("mp:").append(to).append(":evt:").append(from).append(':')
                .append(m.createTime().getEpochSecond()).append(':')
                .append(event == null ? m.msgType() : event);
        if (key != null) {
            b.append(':').append(key);
        }
        return b.toString();
    }
}
