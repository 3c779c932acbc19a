package io.wxkit.core.internal.crypto.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link V3SignedMessage#fromHeaders} reads the four headers in one pass over the map: it must answer as the
 * case-insensitive {@code TreeMap} copy it replaced did, for any spelling, order and extra header.
 */
class V3SignedMessageHeadersTest {

    /** The previous implementation, kept here as the reference. */
    private static V3SignedMessage viaTreeMap(Map<String, String> headers, String body) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        return new V3SignedMessage(h.get("Wechatpay-Timestamp"), h.get("Wechatpay-Nonce"),
                h.get("Wechatpay-Signature"), h.get("Wechatpay-Serial"), body);
    }

    @Test
    void anySpellingOfTheNamesIsRead() {
        Map<String, String> h = new HashMap<>();
        h.put("wechatpay-timestamp", "1700000000");
        h.put("WECHATPAY-NONCE", "n1");
        h.put("Wechatpay-Signature", "c2ln");
        h.put("WeChatPay-Serial", "PUB_KEY_ID_1");
        h.put("Content-Type", "application/json");
        h.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        V3SignedMessage m = V3SignedMessage.fromHeaders(h, "{}");
        assertThat(m).isEqualTo(new V3SignedMessage("1700000000", "n1", "c2ln", "PUB_KEY_ID_1", "{}"));
        assertThat(m).isEqualTo(viaTreeMap(h, "{}"));
    }

    @Test
    void ofTwoSpellingsOfOneNameTheLaterEntryWinsAsInTheCopy() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Wechatpay-Nonce", "first");
        h.put("Wechatpay-Timestamp", "1");
        h.put("wechatpay-nonce", "second");
        h.put("WECHATPAY-TIMESTAMP", "2");
        assertThat(V3SignedMessage.fromHeaders(h, "b")).isEqualTo(viaTreeMap(h, "b"));
        assertThat(V3SignedMessage.fromHeaders(h, "b").nonce()).isEqualTo("second");
    }

    @Test
    void missingHeadersAreNullAndNamesThatOnlyLookAlikeAreIgnored() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Wechatpay-Timestamp ", "1"); // trailing space: another name
        h.put("X-Wechatpay-Nonce", "n");
        h.put("Wechatpay-Serial", "S");
        V3SignedMessage m = V3SignedMessage.fromHeaders(h, null);
        assertThat(m).isEqualTo(viaTreeMap(h, null));
        assertThat(m.timestamp()).isNull();
        assertThat(m.nonce()).isNull();
        assertThat(m.signature()).isNull();
        assertThat(m.serial()).isEqualTo("S");
        assertThat(m.body()).isEmpty();
    }

    @Test
    void aNullNameSuchAsTheStatusLineIsSkipped() {
        Map<String, String> h = new HashMap<>();
        h.put(null, "HTTP/1.1 200 OK");
        h.put("Wechatpay-Nonce", "n");
        assertThat(V3SignedMessage.fromHeaders(h, "{}").nonce()).isEqualTo("n");
    }
}
