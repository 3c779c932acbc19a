package io.wxkit.emulator.internal.mp.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MenuEndpointsTest {
    private static final String MENU = """
            {"button":[{"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC"},
             {"name":"菜单","sub_button":[{"type":"view","name":"搜索","url":"http://www.soso.com/"},
               {"type":"click","name":"赞一下我们","key":"V1001_GOOD"}]}]}""";
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

    private JsonNode post(String path, String body) {
        return http.post(path + "?access_token=" + token, body).json();
    }

    @Test
    void createdMenuIsReturnedByGetAndSelfMenuInfo() {
        assertThat(post("/cgi-bin/menu/create", MENU).get("errcode").asInt()).isZero();
        JsonNode got = http.get("/cgi-bin/menu/get?access_token=" + token).json();
        assertThat(got.get("menu").get("button").get(1).get("sub_button").get(1).get("key").asText())
                .isEqualTo("V1001_GOOD");
        JsonNode self = http.get("/cgi-bin/get_current_selfmenu_info?access_token=" + token).json();
        assertThat(self.get("is_menu_open").asInt()).isEqualTo(1);
        assertThat(self.get("selfmenu_info").get("button").get(1).get("sub_button").get("list").size()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"button\":[]}|40016",
        "{\"button\":[{\"type\":\"click\",\"name\":\"a\",\"key\":\"k\"},{\"type\":\"click\",\"name\":\"b\",\"key\":\"k\"},{\"type\":\"click\",\"name\":\"c\",\"key\":\"k\"},{\"type\":\"click\",\"name\":\"d\",\"key\":\"k\"}]}|40016",
        "{\"button\":[{\"type\":\"teleport\",\"name\":\"a\",\"key\":\"k\"}]}|40017",
        "{\"button\":[{\"type\":\"click\",\"name\":\"一二三四五六\",\"key\":\"k\"}]}|40018",
        "{\"button\":[{\"type\":\"click\",\"name\":\"a\"}]}|40019",
        "{\"button\":[{\"type\":\"view\",\"name\":\"a\"}]}|40020",
        "{\"button\":[{\"name\":\"m\",\"sub_button\":[{\"type\":\"click\",\"name\":\"1\",\"key\":\"k\"},{\"type\":\"click\",\"name\":\"2\",\"key\":\"k\"},{\"type\":\"click\",\"name\":\"3\",\"key\":\"k\"},{\"type\":\"click\",\"name\":\"4\",\"key\":\"k\"},{\"type\":\"click\",\"name\":\"5\",\"key\":\"k\"},{\"type\":\"click\",\"name\":\"6\",\"key\":\"k\"}]}]}|40023",
        "{\"button\":[{\"name\":\"m\",\"sub_button\":[{\"type\":\"x\",\"name\":\"1\",\"key\":\"k\"}]}]}|40024",
        "{\"button\":[{\"name\":\"m\",\"sub_button\":[{\"type\":\"view\",\"name\":\"1\"}]}]}|40027",
    })
    void invalidMenusAnswerWeChatsCodes(String body, int errcode) {
        assertThat(post("/cgi-bin/menu/create", body).get("errcode").asInt()).isEqualTo(errcode);
    }

    @Test
    void getWithoutMenuIs46003AndDeleteRemovesEverything() {
        assertThat(http.get("/cgi-bin/menu/get?access_token=" + token).json().get("errcode").asInt())
                .isEqualTo(46003);
        post("/cgi-bin/menu/create", MENU);
        assertThat(http.get("/cgi-bin/menu/delete?access_token=" + token).json().get("errcode").asInt()).isZero();
        assertThat(http.get("/cgi-bin/menu/get?access_token=" + token).json().get("errcode").asInt())
                .isEqualTo(46003);
    }

    @Test
    void conditionalMenuNeedsADefaultMenuAndMatchesTaggedUsers() {
        String cond = "{\"button\":[{\"type\":\"click\",\"name\":\"VIP\",\"key\":\"VIP\"}],\"matchrule\":{\"tag_id\":\"100\"}}";
        assertThat(post("/cgi-bin/menu/addconditional", cond).get("errcode").asInt()).isEqualTo(65303);
        post("/cgi-bin/menu/create", MENU);
        int tagId = post("/cgi-bin/tags/create", "{\"tag\":{\"name\":\"vip\"}}").get("tag").get("id").asInt();
        assertThat(tagId).isEqualTo(100);
        String menuid = post("/cgi-bin/menu/addconditional", cond).get("menuid").asText();
        String vip = http.post("/emulator/users", "{\"appId\":\"wx1\"}").json().get("openid").asText();
        String plain = http.post("/emulator/users", "{\"appId\":\"wx1\"}").json().get("openid").asText();
        http.post("/emulator/users/" + vip + "/follow", "");
        post("/cgi-bin/tags/members/batchtagging", "{\"openid_list\":[\"" + vip + "\"],\"tagid\":100}");
        assertThat(post("/cgi-bin/menu/trymatch", "{\"user_id\":\"" + vip + "\"}").get("button").get(0)
                .get("key").asText()).isEqualTo("VIP");
        assertThat(post("/cgi-bin/menu/trymatch", "{\"user_id\":\"" + plain + "\"}").get("button").get(0)
                .get("key").asText()).isEqualTo("V1001_TODAY_MUSIC");
        assertThat(http.get("/cgi-bin/menu/get?access_token=" + token).json().get("conditionalmenu").size())
                .isEqualTo(1);
        assertThat(post("/cgi-bin/menu/delconditional", "{\"menuid\":\"" + menuid + "\"}").get("errcode").asInt())
                .isZero();
        assertThat(post("/cgi-bin/menu/delconditional", "{\"menuid\":\"" + menuid + "\"}").get("errcode").asInt())
                .isEqualTo(65301);
        assertThat(post("/cgi-bin/menu/addconditional", "{\"button\":[{\"type\":\"click\",\"name\":\"a\",\"key\":\"k\"}]}")
                .get("errcode").asInt()).isEqualTo(65304);
    }

    @Test
    void menuCallsNeedAValidToken() {
        assertThat(http.post("/cgi-bin/menu/create?access_token=nope", MENU).json().get("errcode").asInt())
                .isEqualTo(40014);
    }
}
