package io.wxkit.core.message;

import io.wxkit.core.internal.message.ReplyEnvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encodes every reply kind and compares it field by field with the reply samples in shared/reference/xml. */
class ReplyEncodingTest {
    private static final Instant NOW = Instant.ofEpochSecond(12345678);
    private final MessageCodec codec = MessageCodec.create(Clock.fixed(NOW, ZoneOffset.UTC));
    /** An inbound message from "toUser" to "fromUser", so the swapped reply matches the samples' names. */
    private final Text inbound = new Text("fromUser", "toUser", Instant.ofEpochSecond(1), 1, "hi");
    private final Text kfInbound = new Text("fromuser", "touser", Instant.ofEpochSecond(1), 1, "hi");

    /** Leaf fields as "path=value" lines, CreateTime excluded (it is the encoding time). */
    static List<String> fields(String xml) {
        FieldList f = XmlScanner.scan(xml, MessageCodec.DEFAULT_MAX_CHARS);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            if (!f.path(i).equals("CreateTime")) {
                out.add(f.path(i) + "=" + f.value(i));
            }
        }
        return out;
    }

    private void assertMatchesSample(Reply reply, String sample) {
        String xml = codec.encode(reply);
        assertThat(fields(xml)).containsExactlyElementsOf(fields(Samples.read(sample)));
        assertThat(XmlScanner.scan(xml, 65536).get("CreateTime")).isEqualTo("12345678");
        // the UTF-8 rendering the safe mode encrypts is byte for byte the same reply
        EncodedReply utf8 = codec.encodeUtf8(reply);
        byte[] bytes = new byte[utf8.length()];
        utf8.writeTo(bytes, 0);
        assertThat(bytes).isEqualTo(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void textReplySwapsToAndFrom() {
        TextReply r = Reply.text(inbound, "你好");
        assertThat(r.toUser()).isEqualTo("toUser");
        assertThat(r.fromUser()).isEqualTo("fromUser");
        assertMatchesSample(r, "reply-text.xml");
    }

    @Test
    void mediaRepliesMatchTheSamples() {
        assertMatchesSample(Reply.image(inbound, "media_id"), "reply-image.xml");
        assertMatchesSample(Reply.voice(inbound, "media_id"), "reply-voice.xml");
        assertMatchesSample(Reply.video(inbound, "media_id", "title", "description"), "reply-video.xml");
    }

    @Test
    void newsReplyMatchesTheSample() {
        assertMatchesSample(Reply.news(inbound, List.of(Article.of("title1", "description1", "picurl", "url"))),
                "reply-news.xml");
    }

    @Test
    void transferCustomerServiceMatchesBothSamples() {
        assertMatchesSample(Reply.transferCustomerService(kfInbound), "reply-transfer-customer-service.xml");
        assertMatchesSample(Reply.transferCustomerService(kfInbound, "test1@test"),
                "reply-transfer-customer-service-to-kf.xml");
    }

    @Test
    void musicReplyWritesEveryGivenField() {
        String xml = codec.encode(Reply.music(inbound, "t", "d", "http://m", "http://hq", "thumb"));
        assertThat(fields(xml)).containsExactly("ToUserName=toUser", "FromUserName=fromUser", "MsgType=music",
                "Music/Title=t", "Music/Description=d", "Music/MusicUrl=http://m", "Music/HQMusicUrl=http://hq",
                "Music/ThumbMediaId=thumb");
    }

    @Test
    void newsReplyAcceptsOneToEightArticles() {
        Article a = Article.of("t", null, null, "u");
        assertThat(Reply.news(inbound, Collections.nCopies(8, a)).articles()).hasSize(8);
        assertThatThrownBy(() -> Reply.news(inbound, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reply.news(inbound, Collections.nCopies(9, a))).isInstanceOf(IllegalArgumentException.class);
        String xml = codec.encode(Reply.news(inbound, List.of(a, a)));
        assertThat(XmlScanner.scan(xml, 65536).get("ArticleCount")).isEqualTo("2");
    }

    @Test
    void cdataTerminatorInContentRoundTrips() {
        String tricky = "a]]>b <tag> & ]]]]> \"q\" 🎉";
        String xml = codec.encode(Reply.text(inbound, tricky));
        assertThat(XmlScanner.scan(xml, 65536).get("Content")).isEqualTo(tricky);
    }

    @Test
    void controlCharactersXmlCannotCarryAreRefused() {
        assertThatThrownBy(() -> codec.encode(Reply.text(inbound, "bell\u0007")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createTimeComesFromTheInjectedClock() {
        MessageCodec later = MessageCodec.create(Clock.fixed(Instant.ofEpochSecond(1700000000), ZoneOffset.UTC));
        assertThat(later.encode(Reply.text(inbound, "x"))).contains("<CreateTime>1700000000</CreateTime>");
    }

    @Test
    void replyEnvelopeMatchesTheSampleShape() {
        String xml = new ReplyEnvelope("msg_encrypt", "msg_signature", "1409304348", "nonce").toXml();
        List<String> sample = fields(Samples.read("reply-encrypted-envelope.xml"));
        List<String> ours = fields(xml);
        assertThat(ours).hasSameSizeAs(sample);
        assertThat(ours).contains("Encrypt=msg_encrypt", "MsgSignature=msg_signature", "TimeStamp=1409304348", "Nonce=nonce");
        assertThatThrownBy(() -> new ReplyEnvelope("e", "s", "12a", "n")).isInstanceOf(IllegalArgumentException.class);
    }
}
