package io.wxkit.mp.mass;

import static io.wxkit.mp.testing.Wire.json;
import static io.wxkit.mp.testing.Wire.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MassModelTest {

    @Test
    void everyMessageTypeSerializesToItsDocumentedPayload() {
        assertThat(json(MassMessage.mpNews("123dsdajkasd231jhksad").sendIgnoreReprint(false))).isEqualTo(tree(
                "{\"mpnews\":{\"media_id\":\"123dsdajkasd231jhksad\"},\"msgtype\":\"mpnews\",\"send_ignore_reprint\":0}"));
        assertThat(json(MassMessage.text("CONTENT"))).isEqualTo(tree(
                "{\"text\":{\"content\":\"CONTENT\"},\"msgtype\":\"text\"}"));
        assertThat(json(MassMessage.voice("123dsdajkasd231jhksad"))).isEqualTo(tree(
                "{\"voice\":{\"media_id\":\"123dsdajkasd231jhksad\"},\"msgtype\":\"voice\"}"));
        assertThat(json(MassMessage.images(new MassMessage.Images(List.of("aaa", "bbb"), "xxx", 1, 0))))
                .isEqualTo(tree("""
                        {"images":{"media_ids":["aaa","bbb"],"recommend":"xxx","need_open_comment":1,
                         "only_fans_can_comment":0},"msgtype":"image"}"""));
        assertThat(json(MassMessage.mpVideo("IhdaAQXuvJtGzwwc0abfXnzeezfO0NgPK6AQYShD8RQYMTtfzbLdBIQkQziv2XJc")))
                .isEqualTo(tree("""
                        {"mpvideo":{"media_id":"IhdaAQXuvJtGzwwc0abfXnzeezfO0NgPK6AQYShD8RQYMTtfzbLdBIQkQziv2XJc"},
                         "msgtype":"mpvideo"}"""));
        assertThat(json(MassMessage.wxCard("123dsdajkasd231jhksad").clientMsgId("send_tag_2"))).isEqualTo(tree(
                "{\"wxcard\":{\"card_id\":\"123dsdajkasd231jhksad\"},\"msgtype\":\"wxcard\",\"clientmsgid\":\"send_tag_2\"}"));
        assertThat(json(MassMessage.images(List.of("a")))).isEqualTo(tree(
                "{\"images\":{\"media_ids\":[\"a\"]},\"msgtype\":\"image\"}"));
    }

    @Test
    void previewContentDropsTheSendOptions() {
        MassMessage message = MassMessage.text("hi").sendIgnoreReprint(true).clientMsgId("c1");
        assertThat(message.sendIgnoreReprint()).isEqualTo(1);
        assertThat(json(message.contentOnly())).isEqualTo(tree("{\"text\":{\"content\":\"hi\"},\"msgtype\":\"text\"}"));
    }

    @Test
    void invalidMessagesAndTargetsAreRefused() {
        assertThatThrownBy(() -> MassMessage.text("x").clientMsgId("c".repeat(65))).hasMessageContaining("at most 64");
        assertThatThrownBy(() -> new MassMessage("text", null, null, null, null, null, null, null, null))
                .hasMessageContaining("exactly one payload");
        assertThatThrownBy(() -> new MassMessage("text", null, new MassMessage.Text("x"), null, null, null, null, 2, null))
                .hasMessageContaining("send_ignore_reprint");
        assertThatThrownBy(() -> MassMessage.images(List.of())).hasMessageContaining("images.media_ids");
        assertThatThrownBy(() -> MassTarget.users(List.of("o1", "o1"))).hasMessageContaining("has 1 entries");
        assertThatThrownBy(() -> MassTarget.users(List.of("o1", " "))).hasMessageContaining("openid");
        assertThat(((MassTarget.Users) MassTarget.users(List.of("o1", "o2", "o1"))).openids()).containsExactly("o1", "o2");
        assertThatThrownBy(() -> NewsArticle.of("thumb", "title", " ")).hasMessageContaining("content");
    }

    @Test
    void newsArticleSerializesToTheUploadNewsShape() {
        NewsArticle article = new NewsArticle("qI6_Ze_6PtV7svjolgs-rN6stStuHIjs9_DidOHaj0Q-mwvBelOXCFZiq2OsIU-p",
                "xxx", "Happy Day", "www.qq.com", "content", "digest", 1, 1, 1);
        assertThat(json(article)).isEqualTo(tree("""
                {"thumb_media_id":"qI6_Ze_6PtV7svjolgs-rN6stStuHIjs9_DidOHaj0Q-mwvBelOXCFZiq2OsIU-p","author":"xxx",
                 "title":"Happy Day","content_source_url":"www.qq.com","content":"content","digest":"digest",
                 "show_cover_pic":1,"need_open_comment":1,"only_fans_can_comment":1}"""));
    }
}
