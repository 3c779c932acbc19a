package io.wxkit.mp.draft;

import io.wxkit.mp.internal.draft.NewsContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.WeChatMock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link DraftApi}. Sources: https://developers.weixin.qq.com/doc/subscription/en/api/draftbox/draftmanage/api_draft_add,
 * .../api_getdraft.html, .../api_draft_update.html and https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/
 * (delete, count, batchget samples). Error 40007 "invalid media_id": api-reference §3.
 */
class DraftApiTest {
    private static final String NEWS_ITEM = "{\"title\":\"TITLE\",\"author\":\"AUTHOR\",\"digest\":\"DIGEST\",\"content\":\"CONTENT\","
            + "\"content_source_url\":\"CONTENT_SOURCE_URL\",\"thumb_media_id\":\"THUMB_MEDIA_ID\",\"show_cover_pic\":0,"
            + "\"need_open_comment\":0,\"only_fans_can_comment\":0,\"url\":\"URL\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final WeChatMock wx = new WeChatMock(server);

    private DraftApi drafts() {
        return new DraftApi(wx.api());
    }

    @Test
    void addSendsTheDocumentedArticleShape() {
        wx.json("{\"media_id\":\"MEDIA_ID\"}");
        Article a = Article.news("TITLE", "CONTENT", "THUMB_MEDIA_ID").withAuthor("AUTHOR").withDigest("DIGEST")
                .withContentSourceUrl("CONTENT_SOURCE_URL").withComments(true, true).withCoverCrops("0_0_1_0.5", "0_0_1_1");
        assertThat(drafts().add(List.of(a))).isEqualTo("MEDIA_ID");
        wx.expectJson("/cgi-bin/draft/add", "{\"articles\":[{\"article_type\":\"news\",\"title\":\"TITLE\",\"author\":\"AUTHOR\","
                + "\"digest\":\"DIGEST\",\"content\":\"CONTENT\",\"content_source_url\":\"CONTENT_SOURCE_URL\","
                + "\"thumb_media_id\":\"THUMB_MEDIA_ID\",\"need_open_comment\":1,\"only_fans_can_comment\":1,"
                + "\"pic_crop_235_1\":\"0_0_1_0.5\",\"pic_crop_1_1\":\"0_0_1_1\"}]}");
    }

    @Test
    void newspicCarriesItsImageList() {
        wx.json("{\"media_id\":\"M2\"}");
        drafts().add(List.of(Article.newspic("T", "text", List.of("IMG1", "IMG2"))));
        wx.expectJson("/cgi-bin/draft/add", "{\"articles\":[{\"article_type\":\"newspic\",\"title\":\"T\",\"content\":\"text\","
                + "\"need_open_comment\":0,\"only_fans_can_comment\":0,"
                + "\"image_info\":{\"image_list\":[{\"image_media_id\":\"IMG1\"},{\"image_media_id\":\"IMG2\"}]}}]}");
    }

    @Test
    void articleRulesAreCheckedLocally() {
        assertThatThrownBy(() -> Article.news(" ", "c", "t")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> Article.news("t", null, "t")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content");
        assertThatThrownBy(() -> Article.news("t", "x".repeat(20_000), "t")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Article.news("t", "x".repeat(19_999), "t").content()).hasSize(19_999);
        assertThatThrownBy(() -> Article.news("t", "c", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thumbMediaId");
        assertThatThrownBy(() -> Article.newspic("t", "c", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Article.newspic("t", "c", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Article.newspic("t", "c", Collections.nCopies(21, "i"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Article("video", "t", null, null, "c", null, "m", false, false, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("articleType");
        assertThatThrownBy(() -> drafts().add(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drafts().add(Collections.nCopies(9, Article.news("t", "c", "m")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void getReturnsTheNewsItems() {
        wx.json("{\"news_item\":[" + NEWS_ITEM + "]}");
        List<NewsItem> items = drafts().get("MEDIA_ID");
        wx.expectJson("/cgi-bin/draft/get", "{\"media_id\":\"MEDIA_ID\"}");
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("TITLE");
            assertThat(i.thumbMediaId()).isEqualTo("THUMB_MEDIA_ID");
            assertThat(i.openComment()).isFalse();
            assertThat(i.url()).isEqualTo("URL");
        });
    }

    @Test
    void getOfAnUnknownDraftRaisesWeChatsError() {
        wx.json("{\"errcode\":40007,\"errmsg\":\"invalid media_id hint: [abc]\"}");
        assertThatThrownBy(() -> drafts().get("nope")).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(40007));
    }

    @Test
    void updateReplacesOneArticle() {
        wx.json("{\"errcode\":0,\"errmsg\":\"ok\"}");
        drafts().update("MEDIA_ID", 0, Article.news("T", "C", "THUMB"));
        wx.expectJson("/cgi-bin/draft/update", "{\"media_id\":\"MEDIA_ID\",\"index\":0,\"articles\":{\"article_type\":\"news\","
                + "\"title\":\"T\",\"content\":\"C\",\"thumb_media_id\":\"THUMB\",\"need_open_comment\":0,\"only_fans_can_comment\":0}}");
        assertThatThrownBy(() -> drafts().update("M", 8, Article.news("T", "C", "THUMB"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drafts().update("M", -1, Article.news("T", "C", "THUMB"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteAndCount() {
        wx.json("{\"errcode\":0,\"errmsg\":\"ok\"}").json("{\"total_count\":3}");
        drafts().delete("MEDIA_ID");
        wx.expectJson("/cgi-bin/draft/delete", "{\"media_id\":\"MEDIA_ID\"}");
        assertThat(drafts().count()).isEqualTo(3);
        wx.expectGet("/cgi-bin/draft/count");
        assertThatThrownBy(() -> drafts().delete("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listSendsPagingAndParsesItems() {
        wx.json("{\"total_count\":1,\"item_count\":1,\"item\":[{\"media_id\":\"MEDIA_ID\",\"content\":{\"news_item\":[" + NEWS_ITEM
                + "]},\"update_time\":1611047541}]}").json("{\"total_count\":0,\"item_count\":0}");
        DraftPage page = drafts().list(0, 20, false);
        wx.expectJson("/cgi-bin/draft/batchget", "{\"offset\":0,\"count\":20,\"no_content\":1}");
        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(page.items()).singleElement().satisfies(d -> {
            assertThat(d.mediaId()).isEqualTo("MEDIA_ID");
            assertThat(d.updateTime()).isEqualTo(Instant.ofEpochSecond(1611047541));
            assertThat(d.articles()).extracting(NewsItem::title).containsExactly("TITLE");
        });
        assertThat(drafts().list(5, 1, true).items()).isEmpty();
        wx.expectJson("/cgi-bin/draft/batchget", "{\"offset\":5,\"count\":1,\"no_content\":0}");
        assertThatThrownBy(() -> drafts().list(-1, 1, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drafts().list(0, 21, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drafts().list(0, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DraftItem.fromWire("m", null, 0).articles()).isEmpty();
        assertThat(new NewsContent(null).newsItem()).isEmpty();
    }
}
