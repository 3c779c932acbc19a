package io.wxkit.mp.mass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import io.wxkit.mp.testing.Wire;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MassApiTest {
    private static final String SUBMITTED =
            "{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":34182,\"msg_data_id\":206227730}";
    private final MpServer wechat = new MpServer();
    private final MassApi mass = wechat.mp().mass();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void sendToATagPostsTheDocumentedSendallBody() {
        wechat.reply(SUBMITTED);
        List<MassSendResult> results = mass.send(MassTarget.tag(2),
                MassMessage.mpNews("123dsdajkasd231jhksad").sendIgnoreReprint(false).clientMsgId("send_tag_2"));
        wechat.expect("POST", "/cgi-bin/message/mass/sendall?access_token=ACCESS_TOKEN", """
                {"filter":{"is_to_all":false,"tag_id":2},"mpnews":{"media_id":"123dsdajkasd231jhksad"},
                 "msgtype":"mpnews","send_ignore_reprint":0,"clientmsgid":"send_tag_2"}""");
        assertThat(results).containsExactly(new MassSendResult(34182, 206227730));
    }

    @Test
    void sendToAllOmitsTheTag() {
        wechat.reply(SUBMITTED);
        mass.send(MassTarget.all(), MassMessage.text("CONTENT"));
        wechat.expect("POST", "/cgi-bin/message/mass/sendall?access_token=ACCESS_TOKEN",
                "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"CONTENT\"},\"msgtype\":\"text\"}");
    }

    @Test
    void sendToOpenidsPostsTheListToMassSend() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":34182}");
        List<MassSendResult> results = mass.send(MassTarget.users(List.of("OPENID1", "OPENID2")),
                MassMessage.text("hello from boxer."));
        wechat.expect("POST", "/cgi-bin/message/mass/send?access_token=ACCESS_TOKEN", """
                {"touser":["OPENID1","OPENID2"],"msgtype":"text","text":{"content":"hello from boxer."}}""");
        assertThat(results).containsExactly(new MassSendResult(34182, 0));
    }

    @Test
    void longOpenidListsAreSplitIntoTenThousandsWithSuffixedClientMsgIds() {
        List<String> openids = IntStream.range(0, 20001).mapToObj(i -> "o" + i).toList();
        wechat.reply(SUBMITTED).reply(SUBMITTED).reply(SUBMITTED);
        List<MassSendResult> results = mass.send(MassTarget.users(openids), MassMessage.text("hi").clientMsgId("job"));
        assertThat(results).hasSize(3);
        int[] sizes = new int[3];
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = wechat.take();
            assertThat(request.getTarget()).isEqualTo("/cgi-bin/message/mass/send?access_token=ACCESS_TOKEN");
            var body = Wire.tree(request.getBody().utf8());
            sizes[i] = body.get("touser").size();
            ids[i] = body.get("clientmsgid").asText();
        }
        assertThat(sizes).containsExactly(10000, 9999, 2);
        assertThat(ids).containsExactly("job", "job-2", "job-3");
    }

    @Test
    void aClientMsgIdWithoutRoomForTheSuffixIsRefused() {
        List<String> openids = IntStream.range(0, 10001).mapToObj(i -> "o" + i).toList();
        assertThatThrownBy(() -> mass.send(MassTarget.users(openids), MassMessage.text("hi").clientMsgId("c".repeat(63))))
                .hasMessageContaining("chunk suffix");
        assertThat(wechat.server().getRequestCount()).isZero();
    }

    @Test
    void tooFewOpenidsIs40130() {
        wechat.reply("{\"errcode\":40130,\"errmsg\":\"invalid openid list size, at least two openid rid: 653bb509-24e6f87d-3904c018\"}");
        assertThatThrownBy(() -> mass.send(MassTarget.users(List.of("a", "b")), MassMessage.text("x")))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40130);
                    assertThat(e.rid()).isEqualTo("653bb509-24e6f87d-3904c018");
                });
    }

    @Test
    void previewSendsTheContentOnly() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"preview success\",\"msg_id\":34182}");
        mass.preview("OPENID", MassMessage.mpNews("123dsdajkasd231jhksad").clientMsgId("x").sendIgnoreReprint(true));
        wechat.expect("POST", "/cgi-bin/message/mass/preview?access_token=ACCESS_TOKEN",
                "{\"touser\":\"OPENID\",\"mpnews\":{\"media_id\":\"123dsdajkasd231jhksad\"},\"msgtype\":\"mpnews\"}");
    }

    @Test
    void deleteStatusAndSpeed() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        mass.delete(30124, 2);
        wechat.expect("POST", "/cgi-bin/message/mass/delete?access_token=ACCESS_TOKEN", "{\"msg_id\":30124,\"article_idx\":2}");

        wechat.reply("{\"msg_id\":201053012,\"msg_status\":\"SEND_SUCCESS\"}");
        assertThat(mass.status(201053012)).isEqualTo("SEND_SUCCESS");
        wechat.expect("POST", "/cgi-bin/message/mass/get?access_token=ACCESS_TOKEN", "{\"msg_id\":\"201053012\"}");

        wechat.reply("{\"speed\":3,\"realspeed\":15}");
        assertThat(mass.speed()).isEqualTo(new MassSpeed(3, 15));
        wechat.expect("POST", "/cgi-bin/message/mass/speed/get?access_token=ACCESS_TOKEN", "{}");

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        mass.setSpeed(1);
        wechat.expect("POST", "/cgi-bin/message/mass/speed/set?access_token=ACCESS_TOKEN", "{\"speed\":1}");
        assertThatThrownBy(() -> mass.setSpeed(5)).hasMessageContaining("0-4");
        assertThatThrownBy(() -> mass.delete(1, -1)).hasMessageContaining("article_idx");
    }

    @Test
    void uploadNewsReturnsTheMediaId() {
        wechat.reply("{\"type\":\"news\",\"media_id\":\"CsEf3ldqkAYJAU6EJeIkStVDSvffUJ54vqbThMgplD-VJXXof6ctX5fI6-aYyUiQ\","
                + "\"created_at\":1391857799}");
        String mediaId = mass.uploadNews(List.of(NewsArticle.of("THUMB", "Happy Day", "content")));
        wechat.expect("POST", "/cgi-bin/media/uploadnews?access_token=ACCESS_TOKEN",
                "{\"articles\":[{\"thumb_media_id\":\"THUMB\",\"title\":\"Happy Day\",\"content\":\"content\"}]}");
        assertThat(mediaId).isEqualTo("CsEf3ldqkAYJAU6EJeIkStVDSvffUJ54vqbThMgplD-VJXXof6ctX5fI6-aYyUiQ");
        assertThatThrownBy(() -> mass.uploadNews(List.of())).hasMessageContaining("articles");
    }

    @Test
    void everyMethodTurnsAnErrcodeIntoWxApiException() {
        List<Consumer<MassApi>> calls = List.of(m -> m.send(MassTarget.all(), MassMessage.text("x")),
                m -> m.preview("o", MassMessage.text("x")), m -> m.delete(1, 0), m -> m.status(1), MassApi::speed,
                m -> m.setSpeed(0), m -> m.uploadNews(List.of(NewsArticle.of("t", "t", "c"))));
        for (Consumer<MassApi> call : calls) {
            wechat.reply("{\"errcode\":45028,\"errmsg\":\"has no masssend quota\"}");
            assertThatThrownBy(() -> call.accept(mass)).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(45028));
        }
    }
}
