package io.wxkit.benchmarks.load;

import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.crypto.MessageCrypt;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message or event POSTed to an account's callback URL the way WeChat sends it in safe mode: query
 * {@code signature}, {@code timestamp}, {@code nonce}, {@code openid}, {@code encrypt_type=aes},
 * {@code msg_signature}; body the {@code <Encrypt>} envelope (sdk-core's {@link MessageCrypt}, as
 * sdk-emulator's CallbackDelivery does). The answer must be {@code success}, empty, or an encrypted reply
 * whose {@code MsgSignature} verifies and which decrypts to a message to this user.
 */
public final class CallbackOperation implements LoadOperation.Single {
    /** What the user sends. */
    public enum Kind { TEXT, CLICK, SUBSCRIBE }

    /** The Official Account under load (its callback settings, as configured in the app). */
    public record Account(String appId, String originalId, String token, String encodingAesKey, String callbackPath) {
    }

    private static final Pattern FIELD = Pattern.compile("<(Encrypt|MsgSignature|TimeStamp|Nonce)>(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</\\1>",
            Pattern.DOTALL);
    private final Kind kind;
    private final Account account;
    private final MessageCrypt crypt;
    private final String value;

    /**
     * @param value the text content (TEXT) or the menu key (CLICK); ignored for SUBSCRIBE
     */
    public CallbackOperation(Kind kind, Account account, String value) {
        this.kind = kind;
        this.account = account;
        this.crypt = MessageCrypt.create(account.token(), account.encodingAesKey(), account.appId());
        this.value = value;
    }

    @Override
    public String name() {
        return switch (kind) {
            case TEXT -> "callback text";
            case CLICK -> "callback menu CLICK";
            case SUBSCRIBE -> "callback subscribe";
        };
    }

    @Override
    public HttpRequest request(URI base, VirtualUser user) {
        long now = System.currentTimeMillis() / 1000;
        String timestamp = Long.toString(now);
        String nonce = Long.toString(1_000_000_000L + user.random().nextLong(9_000_000_000L));
        String encrypt = crypt.encrypt(message(user, now));
        String query = "signature=" + CallbackSignature.sign(account.token(), timestamp, nonce) + "&timestamp=" + timestamp
                + "&nonce=" + nonce + "&openid=" + user.openid() + "&encrypt_type=aes&msg_signature="
                + crypt.signature(timestamp, nonce, encrypt);
        String body = "<xml><ToUserName><![CDATA[" + account.originalId() + "]]></ToUserName><Encrypt><![CDATA["
                + encrypt + "]]></Encrypt></xml>";
        return HttpRequest.newBuilder(URI.create(base + account.callbackPath() + "?" + query))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/xml;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The plain message XML, as WeChat writes it (strings in CDATA, numbers bare). */
    String message(VirtualUser user, long now) {
        StringBuilder xml = new StringBuilder(320).append("<xml><ToUserName><![CDATA[").append(account.originalId())
                .append("]]></ToUserName><FromUserName><![CDATA[").append(user.openid()).append("]]></FromUserName><CreateTime>")
                .append(now).append("</CreateTime>");
        long seq = user.next();
        switch (kind) {
            case TEXT -> xml.append("<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[").append(value)
                    .append("]]></Content><MsgId>").append(msgId(user, seq)).append("</MsgId>");
            case CLICK -> xml.append("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[")
                    .append(value).append("]]></EventKey>");
            case SUBSCRIBE -> xml.append("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>"
                    + "<EventKey><![CDATA[]]></EventKey>");
        }
        return xml.append("</xml>").toString();
    }

    /** Distinct per user and message, so no dedup store short-circuits a message it never saw. */
    private static long msgId(VirtualUser user, long seq) {
        return 24_000_000_000_000_000L + (long) user.id() * 1_000_000_000L + seq;
    }

    @Override
    public String check(HttpResponse<String> response, VirtualUser user) {
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        String body = response.body().strip();
        if (body.isEmpty() || body.equals("success")) {
            return null;
        }
        java.util.Map<String, String> f = new java.util.HashMap<>();
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
            f.put(m.group(1), m.group(2));
        }
        if (!f.containsKey("Encrypt")) {
            return "reply is not encrypted (safe mode)";
        }
        if (!crypt.verify(f.get("MsgSignature"), f.get("TimeStamp"), f.get("Nonce"), f.get("Encrypt"))) {
            return "bad MsgSignature on the reply";
        }
        String plain = crypt.decrypt(f.get("MsgSignature"), f.get("TimeStamp"), f.get("Nonce"), f.get("Encrypt"));
        if (!plain.contains("<ToUserName><![CDATA[" + user.openid() + "]]></ToUserName>")) {
            return "reply is not addressed to the sender";
        }
        return null;
    }
}
