package io.wxkit.mp.freepublish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.draft.NewsItem;
import io.wxkit.mp.freepublish.PublishStatus.State;
import io.wxkit.mp.internal.WeChatMock;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link FreepublishApi}. Sources: https://developers.weixin.qq.com/doc/service/en/api/public/api_freepublish_submit,
 * https://developers.weixin.qq.com/doc/offiaccount/Publish/Get_status.html (samples 1-3),
 * https://developers.weixin.qq.com/doc/offiaccount/Publish/Get_article_from_id.html (sample and error
 * {"errcode":53600,"errmsg":"Article ID 无效"}), .../Publish/Delete_posts.html, .../Publish/Get_publication_records.html.
 */
class FreepublishApiTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final WeChatMock wx = new WeChatMock(server);

    private FreepublishApi publish() {
        return new FreepublishApi(wx.api());
    }

    @Test
    void submitPublishesTheDraft() {
        wx.json("{\"errcode\":0,\"errmsg\":\"ok\",\"publish_id\":\"100000001\",\"msg_data_id\":\"2247503051\"}");
        PublishSubmission s = publish().submit("MEDIA_ID");
        wx.expectJson("/cgi-bin/freepublish/submit", "{\"media_id\":\"MEDIA_ID\"}");
        assertThat(s).isEqualTo(new PublishSubmission("100000001", "2247503051"));
    }

    @Test
    void getReadsTheThreeDocumentedSamples() {
        wx.json("{\"publish_id\":\"100000001\",\"publish_status\":0,\"article_id\":\"ARTICLE_ID\",\"article_detail\":{\"count\":1,"
                + "\"item\":[{\"idx\":1,\"article_url\":\"ARTICLE_URL\"}]},\"fail_idx\":[]}")
                .json("{\"publish_id\":\"100000001\",\"publish_status\":1,\"fail_idx\":[]}")
                .json("{\"publish_id\":\"100000001\",\"publish_status\":2,\"fail_idx\":[1,2]}");
        PublishStatus ok = publish().get("100000001");
        wx.expectJson("/cgi-bin/freepublish/get", "{\"publish_id\":\"100000001\"}");
        assertThat(ok.state()).isEqualTo(State.SUCCESS);
        assertThat(ok.articleId()).isEqualTo("ARTICLE_ID");
        assertThat(ok.articles()).containsExactly(new PublishStatus.PublishedArticle(1, "ARTICLE_URL"));
        assertThat(publish().get("100000001").state()).isEqualTo(State.PUBLISHING);
        PublishStatus refused = publish().get("100000001");
        assertThat(refused.state()).isEqualTo(State.ORIGINAL_FAILED);
        assertThat(refused.failedIndexes()).containsExactly(1, 2);
        assertThat(refused.articles()).isEmpty();
    }

    @Test
    void everyStatusCodeHasAState() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, -1).stream().map(c -> new PublishStatus("p", c, null, null, null).state()))
                .containsExactly(State.SUCCESS, State.PUBLISHING, State.ORIGINAL_FAILED, State.FAILED, State.AUDIT_FAILED,
                        State.DELETED_AFTER_SUCCESS, State.BANNED_AFTER_SUCCESS, State.UNKNOWN, State.UNKNOWN);
    }

    @Test
    void deleteSendsIndexOnlyForOneArticle() {
        wx.json("{\"errcode\":0,\"errmsg\":\"ok\"}").json("{\"errcode\":0,\"errmsg\":\"ok\"}");
        publish().delete("ARTICLE_ID", 1);
        wx.expectJson("/cgi-bin/freepublish/delete", "{\"article_id\":\"ARTICLE_ID\",\"index\":1}");
        publish().delete("ARTICLE_ID", 0);
        wx.expectJson("/cgi-bin/freepublish/delete", "{\"article_id\":\"ARTICLE_ID\"}");
        assertThatThrownBy(() -> publish().delete("ARTICLE_ID", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> publish().delete(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void getArticleReadsTheSampleAndTheInvalidIdError() {
        wx.json("{\"news_item\":[{\"title\":\"TITLE\",\"author\":\"AUTHOR\",\"digest\":\"DIGEST\",\"content\":\"CONTENT\","
                + "\"content_source_url\":\"CONTENT_SOURCE_URL\",\"thumb_media_id\":\"THUMB_MEDIA_ID\",\"thumb_url\":\"THUMB_URL\","
                + "\"show_cover_pic\":1,\"need_open_comment\":1,\"only_fans_can_comment\":0,\"url\":\"URL\",\"is_deleted\":false}]}")
                .json("{\"errcode\":53600,\"errmsg\":\"Article ID 无效\"}");
        List<NewsItem> items = publish().getArticle("ARTICLE_ID");
        wx.expectJson("/cgi-bin/freepublish/getarticle", "{\"article_id\":\"ARTICLE_ID\"}");
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.thumbUrl()).isEqualTo("THUMB_URL");
            assertThat(i.openComment()).isTrue();
            assertThat(i.onlyFansCanComment()).isFalse();
            assertThat(i.deleted()).isFalse();
        });
        assertThatThrownBy(() -> publish().getArticle("bad")).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(53600));
    }

    @Test
    void listSendsPagingAndParsesItems() {
        wx.json("{\"total_count\":1,\"item_count\":1,\"item\":[{\"article_id\":\"ARTICLE_ID\",\"content\":{\"news_item\":["
                + "{\"title\":\"TITLE\",\"url\":\"URL\",\"is_deleted\":true}]},\"update_time\":1611047541}]}").json("{}");
        PublishedPage page = publish().list(0, 10, true);
        wx.expectJson("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":10,\"no_content\":0}");
        assertThat(page.items()).singleElement().satisfies(p -> {
            assertThat(p.articleId()).isEqualTo("ARTICLE_ID");
            assertThat(p.updateTime()).isEqualTo(Instant.ofEpochSecond(1611047541));
            assertThat(p.articles().get(0).deleted()).isTrue();
        });
        assertThat(publish().list(20, 20, false).items()).isEmpty();
        wx.expectJson("/cgi-bin/freepublish/batchget", "{\"offset\":20,\"count\":20,\"no_content\":1}");
        assertThatThrownBy(() -> publish().list(-1, 10, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> publish().list(0, 21, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> publish().list(0, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> publish().submit(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PublishedItem.fromWire("a", null, 0).articles()).isEmpty();
    }
}
