package io.wxkit.emulator.internal.mp.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comments on a mass-sent article: opened, written by a fake user, listed, elected, replied and deleted. */
class CommentEndpointsTest {
    private WxEmulator emulator;
    private TestHttp http;
    private String token;
    private String openid;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        token = http.accountWithToken("wx1");
        openid = http.post("/emulator/users", "{\"appId\":\"wx1\",\"nickname\":\"Bob\"}").json().get("openid")
                .asText();
        http.post("/emulator/users/" + openid + "/follow", "{}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode post(String path, String body) {
        return http.post(path + "?access_token=" + token, body).json();
    }

    /** Uploads a thumb, a news of two articles, mass-sends it to all followers; returns the msg_data_id. */
    static long sendArticles(TestHttp http, String base, String token) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"media\"; filename=\"t.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nJPEG\r\n--b--\r\n";
        String thumb = http.send(HttpRequest.newBuilder(URI.create(base + "/cgi-bin/media/upload?type=thumb"
                        + "&access_token=" + token)).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body))).json().get("media_id").asText();
        String news = http.post("/cgi-bin/media/uploadnews?access_token=" + token, "{\"articles\":["
                + "{\"thumb_media_id\":\"" + thumb + "\",\"title\":\"First\",\"content\":\"<p>1</p>\","
                + "\"need_open_comment\":1},{\"thumb_media_id\":\"" + thumb + "\",\"title\":\"Second\","
                + "\"content\":\"<p>2</p>\"}]}").json().get("media_id").asText();
        return http.post("/cgi-bin/message/mass/sendall?access_token=" + token, "{\"filter\":{\"is_to_all\":true},"
                + "\"mpnews\":{\"media_id\":\"" + news + "\"},\"msgtype\":\"mpnews\"}").json().get("msg_data_id")
                .asLong();
    }

    @Test
    void aCommentIsListedElectedRepliedAndDeleted() {
        long msgDataId = sendArticles(http, emulator.baseUrl(), token);
        JsonNode added = http.post("/emulator/users/" + openid + "/comment", "{\"msgDataId\":" + msgDataId
                + ",\"index\":0,\"content\":\"Great read\"}").json();
        long id = added.get("userCommentId").asLong();
        assertThat(id).isEqualTo(1);
        String article = "\"msg_data_id\":" + msgDataId + ",\"index\":0";
        JsonNode page = post("/cgi-bin/comment/list", "{" + article + ",\"begin\":0,\"count\":50,\"type\":0}");
        assertThat(page.get("errcode").asInt()).isZero();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode c = page.get("comment").get(0);
        assertThat(c.get("user_comment_id").asLong()).isEqualTo(id);
        assertThat(c.get("openid").asText()).isEqualTo(openid);
        assertThat(c.get("content").asText()).isEqualTo("Great read");
        assertThat(c.get("comment_type").asInt()).isZero();
        assertThat(c.get("create_time").asLong()).isPositive();
        assertThat(c.has("reply")).isFalse();

        assertThat(post("/cgi-bin/comment/markelect", "{" + article + ",\"user_comment_id\":" + id + "}")
                .get("errcode").asInt()).isZero();
        assertThat(post("/cgi-bin/comment/list", "{" + article + ",\"begin\":0,\"count\":10,\"type\":2}")
                .get("total").asInt()).isEqualTo(1);
        assertThat(post("/cgi-bin/comment/list", "{" + article + ",\"begin\":0,\"count\":10,\"type\":1}")
                .get("total").asInt()).isZero();
        post("/cgi-bin/comment/unmarkelect", "{" + article + ",\"user_comment_id\":" + id + "}");

        post("/cgi-bin/comment/reply/add", "{" + article + ",\"user_comment_id\":" + id + ",\"content\":\"Thanks\"}");
        JsonNode replied = post("/cgi-bin/comment/list", "{" + article + ",\"begin\":0,\"count\":10,\"type\":0}")
                .get("comment").get(0).get("reply");
        assertThat(replied.get("content").asText()).isEqualTo("Thanks");
        assertThat(post("/cgi-bin/comment/reply/add", "{" + article + ",\"user_comment_id\":" + id
                + ",\"content\":\"Again\"}").get("errcode").asInt()).isEqualTo(88005);
        post("/cgi-bin/comment/reply/delete", "{" + article + ",\"user_comment_id\":" + id + "}");
        assertThat(post("/cgi-bin/comment/reply/delete", "{" + article + ",\"user_comment_id\":" + id + "}")
                .get("errcode").asInt()).isEqualTo(88009);

        post("/cgi-bin/comment/delete", "{" + article + ",\"user_comment_id\":" + id + "}");
        assertThat(post("/cgi-bin/comment/list", "{" + article + ",\"begin\":0,\"count\":10,\"type\":0}")
                .get("total").asInt()).isZero();
        assertThat(post("/cgi-bin/comment/delete", "{" + article + ",\"user_comment_id\":" + id + "}")
                .get("errcode").asInt()).isEqualTo(88008);
    }

    @Test
    void closedCommentsRefuseUsersUntilOpened() {
        long msgDataId = sendArticles(http, emulator.baseUrl(), token);
        String second = "{\"msgDataId\":" + msgDataId + ",\"index\":1,\"content\":\"Hi\"}";
        assertThat(http.post("/emulator/users/" + openid + "/comment", second).status()).isEqualTo(409);
        assertThat(post("/cgi-bin/comment/open", "{\"msg_data_id\":" + msgDataId + ",\"index\":1}").get("errcode")
                .asInt()).isZero();
        assertThat(http.post("/emulator/users/" + openid + "/comment", second).status()).isEqualTo(201);
        post("/cgi-bin/comment/close", "{\"msg_data_id\":" + msgDataId + ",\"index\":1}");
        assertThat(http.post("/emulator/users/" + openid + "/comment", second).status()).isEqualTo(409);
    }

    @Test
    void badArticlesCountsAndRepliesAnswerTheDocumentedErrcodes() {
        long msgDataId = sendArticles(http, emulator.baseUrl(), token);
        assertThat(post("/cgi-bin/comment/open", "{\"msg_data_id\":42,\"index\":0}").get("errcode").asInt())
                .isEqualTo(88001);
        assertThat(post("/cgi-bin/comment/open", "{\"msg_data_id\":" + msgDataId + ",\"index\":2}").get("errcode")
                .asInt()).isEqualTo(88001);
        assertThat(post("/cgi-bin/comment/list", "{\"msg_data_id\":" + msgDataId
                + ",\"index\":0,\"begin\":0,\"count\":51,\"type\":0}").get("errcode").asInt()).isEqualTo(88010);
        http.post("/emulator/users/" + openid + "/comment", "{\"msgDataId\":" + msgDataId
                + ",\"index\":0,\"content\":\"x\"}");
        assertThat(post("/cgi-bin/comment/reply/add", "{\"msg_data_id\":" + msgDataId
                + ",\"index\":0,\"user_comment_id\":1,\"content\":\"" + "r".repeat(601) + "\"}").get("errcode")
                .asInt()).isEqualTo(88007);
        assertThat(http.post("/cgi-bin/comment/open", "{\"msg_data_id\":1}").json().get("errcode").asInt())
                .isEqualTo(41001);
    }
}
