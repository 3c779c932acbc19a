package io.wxkit.examples.admin.messages;

import io.wxkit.core.message.Event;
import io.wxkit.core.message.Image;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Link;
import io.wxkit.core.message.Location;
import io.wxkit.core.message.Text;
import io.wxkit.core.message.UserMessage;
import io.wxkit.core.message.Video;
import io.wxkit.core.message.Voice;
import io.wxkit.mp.callback.CallbackBuilder;
import io.wxkit.mp.callback.CallbackContext;
import io.wxkit.mp.callback.CallbackInterceptor;
import io.wxkit.spring.mp.WxCallbackCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records every inbound message and event of every account into the message log, through an interceptor that
 * only observes: it never answers and never stops the routing, so the user-facing handlers (written elsewhere)
 * reply as if it were not there. Then it publishes a {@link WxInbound}.
 *
 * <p>A failure to record is logged and does not reach the user: the user's answer matters more than the log row.
 */
@Component
class MessageRecorder implements WxCallbackCustomizer {
    private static final Logger log = LoggerFactory.getLogger(MessageRecorder.class);

    private final MessageLog messages;
    private final ApplicationEventPublisher events;

    MessageRecorder(MessageLog messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    @Override
    public void customize(String appId, CallbackBuilder builder) {
        builder.interceptor(new CallbackInterceptor() {
            @Override
            public boolean before(CallbackContext context) {
                record(appId, context);
                return true;
            }
        });
    }

    private void record(String appId, CallbackContext context) {
        InboundMessage m = context.message();
        try {
            Long msgId = m instanceof UserMessage u ? u.msgId() : null;
            String event = m instanceof Event e ? e.event() : null;
            messages.inbound(appId, m.fromUser(), m.msgType(), event, summary(m), msgId, context.receivedAt());
        } catch (RuntimeException e) {
            log.warn("message log: could not record a {} for {}: {}", m.msgType(), appId, e.toString());
        }
        events.publishEvent(new WxInbound(appId, m));
    }

    /** What the log shows and searches: the text, or a short description of anything else. */
    static String summary(InboundMessage m) {
        if (m instanceof Text t) {
            return t.content();
        } else if (m instanceof Image i) {
            return "[图片 image] " + nullToEmpty(i.picUrl());
        } else if (m instanceof Voice) {
            return "[语音 voice]";
        } else if (m instanceof Video) {
            return "[视频 video]";
        } else if (m instanceof Location l) {
            return "[位置 location] " + nullToEmpty(l.label()) + " (" + l.latitude() + ", " + l.longitude() + ")";
        } else if (m instanceof Link l) {
            return "[链接 link] " + nullToEmpty(l.title()) + " " + nullToEmpty(l.url());
        } else if (m instanceof Event e) {
            return e.event() + (e.eventKey() == null || e.eventKey().isEmpty() ? "" : " " + e.eventKey());
        }
        return "[" + m.msgType() + "]";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
