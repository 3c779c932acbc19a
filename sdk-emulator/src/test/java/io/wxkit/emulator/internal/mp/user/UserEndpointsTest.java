package io.wxkit.emulator.internal.mp.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserEndpointsTest {
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

    private String follower() {
        String openid = http.post("/emulator/users", "{\"appId\":\"wx1\",\"nickname\":\"Bob\"}").json().get("openid")
                .asText();
        http.post("/emulator/users/" + openid + "/follow", "{\"scene\":\"qrscene_42\"}");
        return openid;
    }

    private JsonNode post(String path, String body) {
        return http.post(path + "?access_token=" + token, body).json();
    }

    @Test
    void infoShowsAFollowerAndOnlyIdsForANonFollower() {
        String openid = follower();
        JsonNode info = http.get("/cgi-bin/user/info?lang=zh_CN&openid=" + openid + "&access_token=" + token).json();
        assertThat(info.get("subscribe").asInt()).isEqualTo(1);
        assertThat(info.get("subscribe_scene").asText()).isEqualTo("ADD_SCENE_QR_CODE");
        assertThat(info.get("qr_scene").asInt()).isEqualTo(42);
        assertThat(info.get("subscribe_time").asLong()).isPositive();
        http.post("/emulator/users/" + openid + "/unfollow", "");
        JsonNode gone = http.get("/cgi-bin/user/info?openid=" + openid + "&access_token=" + token).json();
        assertThat(gone.get("subscribe").asInt()).isZero();
        assertThat(gone.has("subscribe_time")).isFalse();
    }

    @Test
    void unknownOpenidIs40003() {
        assertThat(http.get("/cgi-bin/user/info?openid=oNOPE&access_token=" + token).json().get("errcode").asInt())
                .isEqualTo(40003);
    }

    @Test
    void followerListPagesWithNextOpenid() {
        String a = follower();
        String b = follower();
        http.post("/emulator/users", "{\"appId\":\"wx1\"}");
        JsonNode page = http.get("/cgi-bin/user/get?access_token=" + token).json();
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("data").get("openid").get(0).asText()).isEqualTo(a);
        assertThat(page.get("next_openid").asText()).isEqualTo(b);
        JsonNode rest = http.get("/cgi-bin/user/get?next_openid=" + b + "&access_token=" + token).json();
        assertThat(rest.get("count").asInt()).isZero();
        assertThat(rest.get("next_openid").asText()).isEmpty();
    }

    @Test
    void batchGetRemarkAndTags() {
        String a = follower();
        assertThat(post("/cgi-bin/user/info/updateremark", "{\"openid\":\"" + a + "\",\"remark\":\"pangzi\"}")
                .get("errcode").asInt()).isZero();
        assertThat(post("/cgi-bin/user/info/updateremark", "{\"openid\":\"" + a + "\",\"remark\":\""
                + "x".repeat(30) + "\"}").get("errcode").asInt()).isEqualTo(47001);
        JsonNode batch = post("/cgi-bin/user/info/batchget", "{\"user_list\":[{\"openid\":\"" + a + "\"}]}");
        assertThat(batch.get("user_info_list").get(0).get("remark").asText()).isEqualTo("pangzi");
        int tag = post("/cgi-bin/tags/create", "{\"tag\":{\"name\":\"广东\"}}").get("tag").get("id").asInt();
        assertThat(post("/cgi-bin/tags/create", "{\"tag\":{\"name\":\"广东\"}}").get("errcode").asInt())
                .isEqualTo(45157);
        assertThat(post("/cgi-bin/tags/members/batchtagging", "{\"openid_list\":[\"" + a + "\"],\"tagid\":999}")
                .get("errcode").asInt()).isEqualTo(45159);
        post("/cgi-bin/tags/members/batchtagging", "{\"openid_list\":[\"" + a + "\"],\"tagid\":" + tag + "}");
        assertThat(post("/cgi-bin/tags/getidlist", "{\"openid\":\"" + a + "\"}").get("tagid_list").get(0).asInt())
                .isEqualTo(tag);
        assertThat(post("/cgi-bin/user/tag/get", "{\"tagid\":" + tag + "}").get("data").get("openid").get(0)
                .asText()).isEqualTo(a);
        JsonNode tags = http.get("/cgi-bin/tags/get?access_token=" + token).json().get("tags");
        assertThat(tags.get(1).get("count").asInt()).isEqualTo(1);
        assertThat(post("/cgi-bin/tags/update", "{\"tag\":{\"id\":2,\"name\":\"x\"}}").get("errcode").asInt())
                .isEqualTo(45058);
        post("/cgi-bin/tags/delete", "{\"tag\":{\"id\":" + tag + "}}");
        assertThat(post("/cgi-bin/tags/getidlist", "{\"openid\":\"" + a + "\"}").get("tagid_list").size()).isZero();
    }
}
