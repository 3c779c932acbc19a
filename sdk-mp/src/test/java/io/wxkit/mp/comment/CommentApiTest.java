package io.wxkit.mp.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.WeChatMock;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link CommentApi}. Source: https://developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html
 * and https://developers.weixin.qq.com/doc/service/en/api/leaving/api_listcomment.html (bodies, list sample, error
 * codes 88000 "without comment privilege", 88010 "count range error").
 */
class CommentApiTest {
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final WeChatMock wx = new WeChatMock(server);

    private CommentApi comments() {
        return new CommentApi(wx.api());
    }

    @Test
    void openAndCloseAddressTheArticle() {
        wx.json(OK).json(OK);
        comments().open(2247483936L, 0);
        wx.expectJson("/cgi-bin/comment/open", "{\"msg_data_id\":2247483936,\"index\":0}");
        comments().close(2247483936L, 1);
        wx.expectJson("/cgi-bin/comment/close", "{\"msg_data_id\":2247483936,\"index\":1}");
    }

    @Test
    void listSendsPagingAndTypeAndParsesTheSample() {
        wx.json("{\"errcode\":0,\"errmsg\":\"ok\",\"total\":2,\"comment\":[{\"user_comment_id\":1,\"openid\":\"OPENID\","
                + "\"create_time\":1611047541,\"content\":\"CONTENT\",\"comment_type\":1,\"reply\":{\"content\":\"THANKS\","
                + "\"create_time\":1611047600}},{\"user_comment_id\":2,\"openid\":\"O2\",\"create_time\":1611047542,"
                + "\"content\":\"C2\",\"comment_type\":0}]}");
        CommentPage page = comments().list(2247483936L, 0, 0, 50, CommentType.ELECTED);
        wx.expectJson("/cgi-bin/comment/list", "{\"msg_data_id\":2247483936,\"index\":0,\"begin\":0,\"count\":50,\"type\":2}");
        assertThat(page.total()).isEqualTo(2);
        Comment first = page.comments().get(0);
        assertThat(first.userCommentId()).isEqualTo(1);
        assertThat(first.elected()).isTrue();
        assertThat(first.createTime()).isEqualTo(Instant.ofEpochSecond(1611047541));
        assertThat(first.reply()).isEqualTo(new Comment.Reply("THANKS", Instant.ofEpochSecond(1611047600)));
        assertThat(page.comments().get(1).elected()).isFalse();
        assertThat(page.comments().get(1).reply()).isNull();
        assertThat(new CommentPage(0, null).comments()).isEmpty();
    }

    @Test
    void listTypesMapToTheDocumentedValues() {
        wx.json("{\"total\":0}").json("{\"total\":0}");
        comments().list(1, 0, 10, 1, CommentType.ALL);
        wx.expectJson("/cgi-bin/comment/list", "{\"msg_data_id\":1,\"index\":0,\"begin\":10,\"count\":1,\"type\":0}");
        comments().list(1, 0, 0, 5, CommentType.NORMAL);
        wx.expectJson("/cgi-bin/comment/list", "{\"msg_data_id\":1,\"index\":0,\"begin\":0,\"count\":5,\"type\":1}");
    }

    @Test
    void electUnelectAndDeleteAddressTheComment() {
        wx.json(OK).json(OK).json(OK);
        comments().markElect(2247483936L, 0, 7);
        wx.expectJson("/cgi-bin/comment/markelect", "{\"msg_data_id\":2247483936,\"index\":0,\"user_comment_id\":7}");
        comments().unmarkElect(2247483936L, 0, 7);
        wx.expectJson("/cgi-bin/comment/unmarkelect", "{\"msg_data_id\":2247483936,\"index\":0,\"user_comment_id\":7}");
        comments().delete(2247483936L, 0, 7);
        wx.expectJson("/cgi-bin/comment/delete", "{\"msg_data_id\":2247483936,\"index\":0,\"user_comment_id\":7}");
    }

    @Test
    void replyAddAndDelete() {
        wx.json(OK).json(OK);
        comments().reply(2247483936L, 0, 7, "谢谢");
        wx.expectJson("/cgi-bin/comment/reply/add",
                "{\"msg_data_id\":2247483936,\"index\":0,\"user_comment_id\":7,\"content\":\"谢谢\"}");
        comments().deleteReply(2247483936L, 0, 7);
        wx.expectJson("/cgi-bin/comment/reply/delete", "{\"msg_data_id\":2247483936,\"index\":0,\"user_comment_id\":7}");
    }

    @Test
    void weChatErrorsAreRaised() {
        wx.json("{\"errcode\":88000,\"errmsg\":\"without comment privilege\"}")
                .json("{\"errcode\":88010,\"errmsg\":\"count range error. cout <= 0 or count > 50\"}");
        assertThatThrownBy(() -> comments().open(1, 0)).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(88000));
        assertThatThrownBy(() -> comments().list(1, 0, 0, 50, CommentType.ALL)).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(88010));
    }

    @Test
    void invalidArgumentsFailBeforeCalling() {
        assertThatThrownBy(() -> comments().list(1, 0, 0, 51, CommentType.ALL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..50");
        assertThatThrownBy(() -> comments().list(1, 0, 0, 0, CommentType.ALL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comments().list(1, 0, -1, 10, CommentType.ALL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comments().list(1, 0, 0, 10, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> comments().open(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comments().reply(1, 0, 1, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comments().reply(1, 0, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
