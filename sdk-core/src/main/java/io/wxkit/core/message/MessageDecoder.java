package io.wxkit.core.message;

import java.time.Instant;
import java.util.Locale;

/** Binds scanned fields to the record of their {@code MsgType}; events go to {@link EventDecoder}. */
final class MessageDecoder {
    private MessageDecoder() {
    }

    static InboundMessage decode(FieldList list) {
        Fields f = new Fields(list);
        String to = f.required("ToUserName");
        String from = f.required("FromUserName");
        Instant at = f.createTime();
        String msgType = f.required("MsgType");
        switch (msgType.strip().toLowerCase(Locale.ROOT)) {
            case "text":
                return new Text(to, from, at, msgId(f), f.required("Content"));
            case "image":
                return new Image(to, from, at, msgId(f), f.required("PicUrl"), f.required("MediaId"));
            case "voice":
                return new Voice(to, from, at, msgId(f), f.required("MediaId"), f.required("Format"),
                        f.optional("Recognition"));
            case "video":
                return new Video(to, from, at, msgId(f), f.required("MediaId"), f.required("ThumbMediaId"));
            case "shortvideo":
                return new ShortVideo(to, from, at, msgId(f), f.required("MediaId"), f.required("ThumbMediaId"));
            case "location":
                return new Location(to, from, at, msgId(f), f.requiredDouble("Location_X"),
                        f.requiredDouble("Location_Y"), f.optionalInt("Scale"), f.optional("Label"));
            case "link":
                return new Link(to, from, at, msgId(f), f.required("Title"), f.optional("Description"),
                        f.required("Url"));
            case "event":
                return EventDecoder.decode(f, to, from, at);
            default:
                return unknown(f, to, from, at, msgType, null);
        }
    }

    static Unknown unknown(Fields f, String to, String from, Instant at, String msgType, String event) {
        return new Unknown(to, from, at, msgType, event, f.list().toFields());
    }

    private static long msgId(Fields f) {
        return f.optionalLong("MsgId", "MsgID");
    }
}
