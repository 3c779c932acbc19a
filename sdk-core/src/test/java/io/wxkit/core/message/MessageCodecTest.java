package io.wxkit.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Decodes every inbound and event sample in shared/reference/xml into the right record with the right fields. */
class MessageCodecTest {
    private static final Set<String> COVERED = new HashSet<>();
    private final MessageCodec codec = MessageCodec.create();

    private InboundMessage sample(String name) {
        COVERED.add(name);
        return codec.decode(Samples.read(name));
    }

    @AfterAll
    static void everyInboundSampleIsCovered() {
        List<String> inbound = Samples.names().stream()
                .filter(n -> n.startsWith("inbound-") && !n.startsWith("inbound-encrypted") || n.startsWith("event-"))
                .toList();
        assertThat(COVERED).containsAll(inbound);
    }

    @Test
    void textSampleDecodesToText() {
        Text t = (Text) sample("inbound-text.xml");
        assertThat(t.toUser()).isEqualTo("toUser");
        assertThat(t.fromUser()).isEqualTo("fromUser");
        assertThat(t.createTime()).isEqualTo(Instant.ofEpochSecond(1348831860));
        assertThat(t.msgType()).isEqualTo("text");
        assertThat(t.content()).isEqualTo("this is a test");
        assertThat(t.msgId()).isEqualTo(1234567890123456L);
    }

    @Test
    void mediaSamplesDecodeToTheirRecords() {
        Image i = (Image) sample("inbound-image.xml");
        assertThat(i.picUrl()).isEqualTo("this is a url");
        assertThat(i.mediaId()).isEqualTo("media_id");
        Voice v = (Voice) sample("inbound-voice.xml");
        assertThat(v.mediaId()).isEqualTo("media_id");
        assertThat(v.format()).isEqualTo("Format");
        assertThat(v.recognition()).isNull();
        Video video = (Video) sample("inbound-video.xml");
        assertThat(video.thumbMediaId()).isEqualTo("thumb_media_id");
        ShortVideo s = (ShortVideo) sample("inbound-shortvideo.xml");
        assertThat(s.msgType()).isEqualTo("shortvideo");
        assertThat(s.createTime()).isEqualTo(Instant.ofEpochSecond(1357290913));
    }

    @Test
    void locationAndLinkSamplesKeepTheirValues() {
        Location l = (Location) sample("inbound-location.xml");
        assertThat(l.latitude()).isEqualTo(23.134521);
        assertThat(l.longitude()).isEqualTo(113.358803);
        assertThat(l.scale()).isEqualTo(20);
        assertThat(l.label()).isEqualTo("位置信息");
        Link link = (Link) sample("inbound-link.xml");
        assertThat(link.title()).isEqualTo("公众平台官网链接");
        assertThat(link.url()).isEqualTo("url");
        assertThat(link.msgId()).isEqualTo(1234567890123456L);
    }

    @Test
    void subscribeWithAndWithoutQrScene() {
        Subscribe plain = (Subscribe) sample("event-subscribe.xml");
        assertThat(plain.eventKey()).isNull();
        assertThat(plain.qrScene()).isEmpty();
        assertThat(plain.msgType()).isEqualTo("event");
        Subscribe qr = (Subscribe) sample("event-subscribe-qrscene.xml");
        assertThat(qr.eventKey()).isEqualTo("qrscene_123123");
        assertThat(qr.qrScene()).contains("123123");
        assertThat(qr.ticket()).isEqualTo("TICKET");
        assertThat(sample("event-unsubscribe.xml")).isInstanceOf(Unsubscribe.class);
    }

    @Test
    void scanLocationClickAndViewEvents() {
        Scan scan = (Scan) sample("event-scan.xml");
        assertThat(scan.eventKey()).isEqualTo("SCENE_VALUE");
        assertThat(scan.ticket()).isEqualTo("TICKET");
        LocationEvent loc = (LocationEvent) sample("event-location.xml");
        assertThat(loc.latitude()).isEqualTo(23.137466);
        assertThat(loc.precision()).isEqualTo(119.385040);
        Click click = (Click) sample("event-click.xml");
        assertThat(click.eventKey()).isEqualTo("EVENTKEY");
        assertThat(((Event) click).eventKey()).isEqualTo("EVENTKEY");
        assertThat(click.event()).isEqualTo("CLICK");
        View view = (View) sample("event-view.xml");
        assertThat(view.eventKey()).isEqualTo("www.qq.com");
        assertThat(view.menuId()).isEqualTo("MENUID");
    }

    @Test
    void jobFinishEvents() {
        TemplateSendJobFinish t = (TemplateSendJobFinish) sample("event-templatesendjobfinish.xml");
        assertThat(t.msgId()).isEqualTo(200163836L);
        assertThat(t.succeeded()).isTrue();
        MassSendJobFinish m = (MassSendJobFinish) sample("event-masssendjobfinish.xml");
        assertThat(m.msgId()).isEqualTo(1000001625L);
        assertThat(m.status()).isEqualTo("err(30003)");
        assertThat(m.totalCount()).isZero();
        assertThat(m.eventKey()).isNull();
        assertThat(m.copyrightCheckState()).isEqualTo(2);
        assertThat(m.articleUrls()).containsExactly("Url");
    }

    @Test
    void compatibleModeBodyDecodesItsPlaintextFields() {
        Text t = (Text) sample("inbound-encrypted-tencent-sample-compat.xml");
        assertThat(t.content()).isEqualTo("abcdteT");
        assertThat(t.msgId()).isEqualTo(6054768590064713728L);
    }

    @Test
    void envelopesYieldEncryptAndToUser() {
        EncryptedEnvelope e = codec.decodeEnvelope(Samples.read("inbound-encrypted-envelope.xml"));
        assertThat(e.toUser()).isEqualTo("toUser");
        assertThat(e.encrypt()).isEqualTo("msg_encrypt");
        EncryptedEnvelope computed = codec.decodeEnvelope(Samples.read("inbound-encrypted-computed-1.xml"));
        assertThat(computed.toUser()).isEqualTo("gh_123456789abc");
        assertThat(computed.encrypt()).startsWith("jn1L23DB+6ELqJ+6bruv2wcc").endsWith("lbka0");
    }

    @Test
    void envelopeWithoutEncryptIsAnInvalidRequest() {
        WxCallbackException e = org.assertj.core.api.Assertions.catchThrowableOfType(WxCallbackException.class,
                () -> codec.decodeEnvelope(Samples.read("inbound-text.xml")));
        assertThat(e.reason()).isEqualTo(WxCallbackException.Reason.INVALID_REQUEST);
    }

    @Test
    void unknownMessageTypeKeepsEveryField() {
        InboundMessage m = codec.decode("<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName>"
                + "<CreateTime>1</CreateTime><MsgType>miniprogrampage</MsgType><Title>T</Title>"
                + "<Extra><Inner>v</Inner></Extra></xml>");
        Unknown u = (Unknown) m;
        assertThat(u.msgType()).isEqualTo("miniprogrampage");
        assertThat(u.event()).isNull();
        assertThat(u.field("Title")).isEqualTo("T");
        assertThat(u.field("Extra/Inner")).isEqualTo("v");
        assertThat(u.fields()).hasSize(6);
    }

    @Test
    void unknownEventIsDecodedAsUnknown() {
        Unknown u = (Unknown) codec.decode("<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName>"
                + "<CreateTime>1</CreateTime><MsgType>event</MsgType><Event>brand_new_event</Event></xml>");
        assertThat(u.event()).isEqualTo("brand_new_event");
        assertThat(u.msgType()).isEqualTo("event");
    }
}
