package io.wxkit.modules.common.testkit;

import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Plays WeChat's side of a plain-mode callback in module tests: signed POSTs of events and messages. */
public final class WeChatSide {
    public static final String TOKEN = "moduletoken";
    public static final String ACCOUNT = "gh_0123456789ab";
    private final AtomicInteger nonce = new AtomicInteger();
    private final AtomicInteger msgId = new AtomicInteger(1000);

    /** A WxMp with the test token, for {@code mp.callback()}. */
    public static WxMp mp() {
        return WxMp.builder().appId("wx0123456789abcdef").secret("unused-secret").token(TOKEN).build();
    }

    public CallbackRequest subscribe(String openid, String scene, Instant at) {
        String key = scene == null ? "" : "<EventKey><![CDATA[qrscene_" + scene + "]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>";
        return post(event(openid, "subscribe", at) + key + "</xml>");
    }

    public CallbackRequest unsubscribe(String openid, Instant at) {
        return post(event(openid, "unsubscribe", at) + "<EventKey><![CDATA[]]></EventKey></xml>");
    }

    public CallbackRequest scan(String openid, String scene, Instant at) {
        return post(event(openid, "SCAN", at) + "<EventKey><![CDATA[" + scene + "]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket></xml>");
    }

    public CallbackRequest text(String openid, String content, Instant at) {
        return post("<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + at.getEpochSecond() + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId.incrementAndGet() + "</MsgId></xml>");
    }

    private static String event(String openid, String name, Instant at) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + at.getEpochSecond() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + name + "]]></Event>";
    }

    private CallbackRequest post(String xml) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String n = "n" + nonce.incrementAndGet();
        Map<String, String> q = new HashMap<>();
        q.put("timestamp", timestamp);
        q.put("nonce", n);
        q.put("signature", CallbackSignature.sign(TOKEN, timestamp, n));
        return CallbackRequest.of("POST", q, xml);
    }
}
