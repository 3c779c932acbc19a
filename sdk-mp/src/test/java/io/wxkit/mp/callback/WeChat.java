package io.wxkit.mp.callback;

import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.crypto.MessageCrypt;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plays WeChat's side in tests: signs (and encrypts) callback requests, opens encrypted replies. */
final class WeChat {
    static final String APP_ID = "wxb11529c136998cb6";
    static final String TOKEN = "pamtest";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final Clock clock;
    private final MessageCrypt crypt = MessageCrypt.create(TOKEN, AES_KEY, APP_ID);
    private int nonce;

    WeChat(Clock clock) {
        this.clock = clock;
    }

    String timestamp() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    CallbackRequest plain(String xml) {
        Map<String, String> q = signed(timestamp(), "n" + (++nonce));
        q.put("openid", "oUser");
        return CallbackRequest.of("POST", q, xml);
    }

    CallbackRequest safe(String xml) {
        String ts = timestamp();
        String n = "s" + (++nonce);
        String encrypt = crypt.encrypt(xml);
        Map<String, String> q = signed(ts, n);
        q.put("encrypt_type", "aes");
        q.put("msg_signature", crypt.signature(ts, n, encrypt));
        return CallbackRequest.of("POST", q,
                "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>");
    }

    CallbackRequest echo(String echostr) {
        Map<String, String> q = signed(timestamp(), "e" + (++nonce));
        q.put("echostr", echostr);
        return CallbackRequest.of("GET", q, "");
    }

    static Map<String, String> signed(String timestamp, String nonce) {
        Map<String, String> q = new HashMap<>();
        q.put("timestamp", timestamp);
        q.put("nonce", nonce);
        q.put("signature", CallbackSignature.sign(TOKEN, timestamp, nonce));
        return q;
    }

    /** Verifies and decrypts a safe-mode reply envelope as WeChat would. */
    String open(String envelope) {
        return crypt.decrypt(element(envelope, "MsgSignature"), element(envelope, "TimeStamp"),
                element(envelope, "Nonce"), element(envelope, "Encrypt"));
    }

    static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        if (!m.find()) {
            throw new AssertionError("no <" + name + "> in " + xml);
        }
        return m.group(1);
    }
}
