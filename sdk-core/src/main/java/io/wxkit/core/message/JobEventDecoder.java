package io.wxkit.core.message;

import io.wxkit.core.message.WxCallbackException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Binds the job-result, subscription-message and customer-service events; the rest become {@link Unknown}. */
final class JobEventDecoder {
    private JobEventDecoder() {
    }

    static InboundMessage decode(Fields f, String to, String from, Instant at, String event) {
        FieldList l = f.list();
        switch (event.strip().toLowerCase(Locale.ROOT)) {
            case "templatesendjobfinish":
                return new TemplateSendJobFinish(to, from, at, f.optionalLong("MsgID", "MsgId"), f.required("Status"));
            case "masssendjobfinish":
                return new MassSendJobFinish(to, from, at, f.optionalLong("MsgID", "MsgId"), f.required("Status"),
                        f.optionalInt("TotalCount"), f.optionalInt("FilterCount"), f.optionalInt("SentCount"),
                        f.optionalInt("ErrorCount"), f.optionalInt("CopyrightCheckResult/CheckState"),
                        l.all("ArticleUrlResult/ResultList/item/ArticleUrl"));
            case "publishjobfinish":
                return publish(f, to, from, at);
            case "subscribe_msg_popup_event":
                return new SubscribeMsgPopup(to, from, at, EventDecoder.items(f, "SubscribeMsgPopupEvent/List/",
                        g -> new SubscribeMsgPopup.Item(in(l, g, "SubscribeMsgPopupEvent/List/TemplateId"),
                                in(l, g, "SubscribeMsgPopupEvent/List/SubscribeStatusString"),
                                intIn(l, g, "SubscribeMsgPopupEvent/List/PopupScene"))));
            case "subscribe_msg_change_event":
                return new SubscribeMsgChange(to, from, at, EventDecoder.items(f, "SubscribeMsgChangeEvent/List/",
                        g -> new SubscribeMsgChange.Item(in(l, g, "SubscribeMsgChangeEvent/List/TemplateId"),
                                in(l, g, "SubscribeMsgChangeEvent/List/SubscribeStatusString"))));
            case "subscribe_msg_sent_event":
                return new SubscribeMsgSent(to, from, at, EventDecoder.items(f, "SubscribeMsgSentEvent/List/",
                        g -> new SubscribeMsgSent.Item(in(l, g, "SubscribeMsgSentEvent/List/TemplateId"),
                                longIn(l, g, "SubscribeMsgSentEvent/List/MsgID"),
                                intIn(l, g, "SubscribeMsgSentEvent/List/ErrorCode"),
                                in(l, g, "SubscribeMsgSentEvent/List/ErrorStatus"))));
            case "kf_create_session":
                return new KfCreateSession(to, from, at, f.required("KfAccount"));
            case "kf_close_session":
                return new KfCloseSession(to, from, at, f.required("KfAccount"));
            case "kf_switch_session":
                return new KfSwitchSession(to, from, at, f.required("FromKfAccount"), f.required("ToKfAccount"));
            default:
                return MessageDecoder.unknown(f, to, from, at, "event", event);
        }
    }

    private static PublishJobFinish publish(Fields f, String to, String from, Instant at) {
        List<Integer> failIdx = new ArrayList<>();
        for (String idx : f.list().all("PublishEventInfo/fail_idx")) {
            failIdx.add(Fields.intValue("PublishEventInfo/fail_idx", idx));
        }
        String publishId = f.required("PublishEventInfo/publish_id");
        return new PublishJobFinish(to, from, at, Fields.longValue("PublishEventInfo/publish_id", publishId),
                Fields.intValue("PublishEventInfo/publish_status", f.required("PublishEventInfo/publish_status")),
                f.optional("PublishEventInfo/article_id"),
                f.list().all("PublishEventInfo/article_detail/item/article_url"), failIdx);
    }

    private static String in(FieldList l, int group, String path) {
        String v = l.getIn(group, path);
        if (v == null) {
            throw new WxCallbackException(Reason.MISSING_FIELD, "missing <" + path + ">");
        }
        return v;
    }

    private static int intIn(FieldList l, int group, String path) {
        String v = l.getIn(group, path);
        return v == null ? 0 : Fields.intValue(path, v);
    }

    private static long longIn(FieldList l, int group, String path) {
        String v = l.getIn(group, path);
        return v == null ? 0 : Fields.longValue(path, v);
    }
}
