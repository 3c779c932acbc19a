package io.wxkit.emulator.internal.mp.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subscribe-notification templates from the public library: browse, add, list, delete. */
class SubscribeTemplateEndpointsTest {
    private WxEmulator emulator;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        token = http.accountWithToken("wx1");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode get(String path) {
        return http.get(path + (path.contains("?") ? "&" : "?") + "access_token=" + token).json();
    }

    private JsonNode post(String path, String body) {
        return http.post(path + "?access_token=" + token, body).json();
    }

    @Test
    void aPublicTitleIsBrowsedAddedListedAndDeleted() {
        JsonNode categories = get("/wxaapi/newtmpl/getcategory");
        assertThat(categories.get("errcode").asInt()).isZero();
        assertThat(categories.get("data").get(0).get("id").asLong()).isEqualTo(616);
        JsonNode titles = get("/wxaapi/newtmpl/getpubtemplatetitles?ids=616&start=0&limit=1");
        assertThat(titles.get("count").asInt()).isEqualTo(2);
        assertThat(titles.get("data")).hasSize(1);
        JsonNode title = titles.get("data").get(0);
        assertThat(title.get("tid").asLong()).isEqualTo(99);
        assertThat(title.get("type").asInt()).isEqualTo(2);
        assertThat(title.get("categoryId").asText()).isEqualTo("616");
        JsonNode keywords = get("/wxaapi/newtmpl/getpubtemplatekeywords?tid=99").get("data");
        assertThat(keywords.get(0).get("kid").asInt()).isEqualTo(1);
        assertThat(keywords.get(0).get("rule").asText()).isEqualTo("thing");
        JsonNode added = post("/wxaapi/newtmpl/addtemplate", "{\"tid\":\"99\",\"kidList\":[1,2],"
                + "\"sceneDesc\":\"付款通知\"}");
        assertThat(added.get("errcode").asInt()).isZero();
        String id = added.get("priTmplId").asText();
        JsonNode mine = get("/wxaapi/newtmpl/gettemplate").get("data").get(0);
        assertThat(mine.get("priTmplId").asText()).isEqualTo(id);
        assertThat(mine.get("title").asText()).isEqualTo("付款成功通知");
        assertThat(mine.get("content").asText()).isEqualTo("物品名称:{{thing1.DATA}}\n支付金额:{{amount2.DATA}}");
        assertThat(mine.get("type").asInt()).isEqualTo(2);
        assertThat(post("/wxaapi/newtmpl/deltemplate", "{\"priTmplId\":\"" + id + "\"}").get("errcode").asInt())
                .isZero();
        assertThat(get("/wxaapi/newtmpl/gettemplate").get("data")).isEmpty();
        assertThat(post("/wxaapi/newtmpl/deltemplate", "{\"priTmplId\":\"" + id + "\"}").get("errcode").asInt())
                .isEqualTo(200014);
    }

    @Test
    void badParametersAnswerTheDocumentedErrcodes() {
        assertThat(get("/wxaapi/newtmpl/getpubtemplatetitles?start=0&limit=5").get("errcode").asInt())
                .isEqualTo(200018);
        assertThat(get("/wxaapi/newtmpl/getpubtemplatetitles?ids=1&start=0&limit=5").get("errcode").asInt())
                .isEqualTo(200019);
        assertThat(get("/wxaapi/newtmpl/getpubtemplatetitles?ids=616&start=-1&limit=5").get("errcode").asInt())
                .isEqualTo(200016);
        assertThat(get("/wxaapi/newtmpl/getpubtemplatetitles?ids=616&start=0&limit=31").get("errcode").asInt())
                .isEqualTo(200017);
        assertThat(get("/wxaapi/newtmpl/getpubtemplatekeywords?tid=7").get("errcode").asInt()).isEqualTo(200014);
        assertThat(post("/wxaapi/newtmpl/addtemplate", "{\"tid\":\"99\",\"kidList\":[1],\"sceneDesc\":\"x\"}")
                .get("errcode").asInt()).isEqualTo(200020);
        assertThat(post("/wxaapi/newtmpl/addtemplate", "{\"tid\":\"99\",\"kidList\":[1,9],\"sceneDesc\":\"x\"}")
                .get("errcode").asInt()).isEqualTo(200020);
        assertThat(post("/wxaapi/newtmpl/addtemplate", "{\"tid\":\"99\",\"kidList\":[1,2],\"sceneDesc\":\""
                + "s".repeat(16) + "\"}").get("errcode").asInt()).isEqualTo(200021);
    }
}
