package io.wxkit.core.message;

/**
 * An event push ({@code MsgType=event}); WeChat retries it with the same {@code FromUserName} and
 * {@code CreateTime}.
 *
 * <pre>{@code
 * if (m instanceof Event e && "NEWS".equals(e.eventKey())) { ... }
 * }</pre>
 */
public sealed interface Event extends InboundMessage
        permits Subscribe, Unsubscribe, Scan, LocationEvent, Click, View, ScanCodePush, ScanCodeWaitMsg, PicSysPhoto,
                PicPhotoOrAlbum, PicWeixin, LocationSelect, ViewMiniProgram, TemplateSendJobFinish, SubscribeMsgPopup,
                SubscribeMsgChange, SubscribeMsgSent, MassSendJobFinish, PublishJobFinish, KfCreateSession,
                KfCloseSession, KfSwitchSession {
    /** Always {@code event}. */
    @Override
    default String msgType() {
        return "event";
    }

    /**
     * The event name in WeChat's canonical spelling, e.g. {@code subscribe}, {@code CLICK}.
     *
     * @return the {@code Event} value, in the case WeChat sends it for this event type
     */
    String event();

    /**
     * The {@code EventKey} for events that carry one (menu keys, QR scenes, URLs), otherwise null.
     *
     * @return the {@code EventKey}, or null (the default for event types without one)
     */
    default String eventKey() {
        return null;
    }
}
