package io.wxkit.examples.admin.messages;

import io.wxkit.core.message.InboundMessage;

/**
 * Published (as a Spring event) for every verified, non-duplicate message or event an account received, after it
 * was written to the log: the console's other areas follow WeChat's job events through it (MASSSENDJOBFINISH).
 */
public record WxInbound(String appId, InboundMessage message) {
}
