package io.wxkit.mp.kf;

import static io.wxkit.mp.testing.Wire.json;
import static io.wxkit.mp.testing.Wire.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KfMessageTest {

    @Test
    void everyMessageTypeSerializesToItsDocumentedBody() {
        assertThat(json(KfMessage.text("OPENID", "Hello World"))).isEqualTo(tree(
                "{\"touser\":\"OPENID\",\"msgtype\":\"text\",\"text\":{\"content\":\"Hello World\"}}"));
        assertThat(json(KfMessage.image("OPENID", "MEDIA_ID"))).isEqualTo(tree(
                "{\"touser\":\"OPENID\",\"msgtype\":\"image\",\"image\":{\"media_id\":\"MEDIA_ID\"}}"));
        assertThat(json(KfMessage.voice("OPENID", "MEDIA_ID"))).isEqualTo(tree(
                "{\"touser\":\"OPENID\",\"msgtype\":\"voice\",\"voice\":{\"media_id\":\"MEDIA_ID\"}}"));
        assertThat(json(KfMessage.video("OPENID", new KfMessage.Video("MEDIA_ID", "MEDIA_ID", "TITLE", "DESCRIPTION"))))
                .isEqualTo(tree("""
                        {"touser":"OPENID","msgtype":"video","video":{"media_id":"MEDIA_ID","thumb_media_id":"MEDIA_ID",
                         "title":"TITLE","description":"DESCRIPTION"}}"""));
        assertThat(json(KfMessage.music("OPENID",
                new KfMessage.Music("MUSIC_TITLE", "MUSIC_DESCRIPTION", "MUSIC_URL", "HQ_MUSIC_URL", "THUMB_MEDIA_ID"))))
                .isEqualTo(tree("""
                        {"touser":"OPENID","msgtype":"music","music":{"title":"MUSIC_TITLE","description":"MUSIC_DESCRIPTION",
                         "musicurl":"MUSIC_URL","hqmusicurl":"HQ_MUSIC_URL","thumb_media_id":"THUMB_MEDIA_ID"}}"""));
        assertThat(json(KfMessage.news("OPENID",
                new KfMessage.Article("Happy Day", "Is Really A Happy Day", "URL", "PIC_URL"))))
                .isEqualTo(tree("""
                        {"touser":"OPENID","msgtype":"news","news":{"articles":[{"title":"Happy Day",
                         "description":"Is Really A Happy Day","url":"URL","picurl":"PIC_URL"}]}}"""));
        assertThat(json(KfMessage.mpNews("OPENID", "MEDIA_ID"))).isEqualTo(tree(
                "{\"touser\":\"OPENID\",\"msgtype\":\"mpnews\",\"mpnews\":{\"media_id\":\"MEDIA_ID\"}}"));
        assertThat(json(KfMessage.mpNewsArticle("OPENID", "ARTICLE_ID"))).isEqualTo(tree(
                "{\"touser\":\"OPENID\",\"msgtype\":\"mpnewsarticle\",\"mpnewsarticle\":{\"article_id\":\"ARTICLE_ID\"}}"));
    }

    @Test
    void menuAndMiniProgramCardsSerializeToTheirDocumentedBodies() {
        KfMessage.MsgMenu menu = new KfMessage.MsgMenu("您对本次服务是否满意呢? ",
                List.of(new KfMessage.MenuItem("101", "满意"), new KfMessage.MenuItem("102", "不满意")), "欢迎再次光临");
        assertThat(json(KfMessage.menu("OPENID", menu))).isEqualTo(tree("""
                {"touser":"OPENID","msgtype":"msgmenu","msgmenu":{"head_content":"您对本次服务是否满意呢? ",
                 "list":[{"id":"101","content":"满意"},{"id":"102","content":"不满意"}],"tail_content":"欢迎再次光临"}}"""));
        assertThat(json(KfMessage.miniProgramPage("OPENID",
                new KfMessage.MiniProgramPage("title", "appid", "pagepath", "thumb_media_id")))).isEqualTo(tree("""
                {"touser":"OPENID","msgtype":"miniprogrampage","miniprogrampage":{"title":"title","appid":"appid",
                 "pagepath":"pagepath","thumb_media_id":"thumb_media_id"}}"""));
    }

    @Test
    void aMessageCanBeSentAsAParticularKfAccount() {
        assertThat(json(KfMessage.text("OPENID", "Hello").asKfAccount("test1@kftest"))).isEqualTo(tree("""
                {"touser":"OPENID","msgtype":"text","text":{"content":"Hello"},
                 "customservice":{"kf_account":"test1@kftest"}}"""));
    }

    @Test
    void invalidMessagesAreRefused() {
        assertThatThrownBy(() -> KfMessage.text("", "x")).hasMessageContaining("touser");
        assertThatThrownBy(() -> KfMessage.text("o", " ")).hasMessageContaining("text.content");
        assertThatThrownBy(() -> KfMessage.image("o", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KfMessage("o", "text", null, null, null, null, null, null, null, null, null, null,
                null)).hasMessageContaining("exactly one payload, got 0");
        assertThatThrownBy(() -> new KfMessage.MsgMenu("h", List.of(), "t")).hasMessageContaining("msgmenu.list");
        assertThatThrownBy(() -> new KfMessage.Music(null, null, "u", "hq", " ")).hasMessageContaining("thumb_media_id");
        assertThatThrownBy(() -> new KfMessage.MiniProgramPage("t", "a", "", "m")).hasMessageContaining("pagepath");
        assertThatThrownBy(() -> KfMessage.text("o", "x").asKfAccount(" ")).hasMessageContaining("kf_account");
    }
}
