package io.wxkit.core.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Binds scanned fields of a {@code MsgType=event} push to the record of its {@code Event}. */
final class EventDecoder {
    private EventDecoder() {
    }

    static InboundMessage decode(Fields f, String to, String from, Instant at) {
        String event = f.required("Event");
        switch (event.strip().toLowerCase(Locale.ROOT)) {
            case "subscribe":
                return new Subscribe(to, from, at, f.optional("EventKey"), f.optional("Ticket"));
            case "unsubscribe":
                return new Unsubscribe(to, from, at);
            case "scan":
                return new Scan(to, from, at, f.required("EventKey"), f.optional("Ticket"));
            case "location":
                return new LocationEvent(to, from, at, f.requiredDouble("Latitude"), f.requiredDouble("Longitude"),
                        f.optional("Precision") == null ? 0 : f.requiredDouble("Precision"));
            case "click":
                return new Click(to, from, at, f.required("EventKey"));
            case "view":
                return new View(to, from, at, f.required("EventKey"), f.optional("MenuId", "MenuID"));
            case "scancode_push":
                return new ScanCodePush(to, from, at, f.required("EventKey"),
                        f.optional("ScanCodeInfo/ScanType"), f.optional("ScanCodeInfo/ScanResult"));
            case "scancode_waitmsg":
                return new ScanCodeWaitMsg(to, from, at, f.required("EventKey"),
                        f.optional("ScanCodeInfo/ScanType"), f.optional("ScanCodeInfo/ScanResult"));
            case "pic_sysphoto":
                return new PicSysPhoto(to, from, at, f.required("EventKey"), pictures(f));
            case "pic_photo_or_album":
                return new PicPhotoOrAlbum(to, from, at, f.required("EventKey"), pictures(f));
            case "pic_weixin":
                return new PicWeixin(to, from, at, f.required("EventKey"), pictures(f));
            case "location_select":
                return new LocationSelect(to, from, at, f.required("EventKey"),
                        f.requiredDouble("SendLocationInfo/Location_X"), f.requiredDouble("SendLocationInfo/Location_Y"),
                        f.optionalInt("SendLocationInfo/Scale"), f.optional("SendLocationInfo/Label"),
                        f.optional("SendLocationInfo/Poiname"));
            case "view_miniprogram":
                return new ViewMiniProgram(to, from, at, f.required("EventKey"), f.optional("MenuId", "MenuID"));
            default:
                return JobEventDecoder.decode(f, to, from, at, event);
        }
    }

    private static List<String> pictures(Fields f) {
        return f.list().all("SendPicsInfo/PicList/item/PicMd5Sum");
    }

    /** List items under {@code prefix} (e.g. {@code SubscribeMsgPopupEvent/List/}) grouped by their element. */
    static <T> List<T> items(Fields f, String prefix, ItemReader<T> reader) {
        int[] groups = f.list().groups(prefix);
        List<T> out = new ArrayList<>(groups.length);
        for (int group : groups) {
            out.add(reader.read(group));
        }
        return out;
    }

    /** Reads one list item from the leaves of one element. */
    interface ItemReader<T> {
        T read(int group);
    }
}
