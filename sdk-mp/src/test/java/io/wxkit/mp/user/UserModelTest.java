package io.wxkit.mp.user;

import static io.wxkit.mp.testing.Wire.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserModelTest {

    @Test
    void documentedUserInfoSampleParses() {
        UserInfo u = read("""
                {"subscribe":1,"openid":"o6_bmjrPTlm6_2sgVt7hMZOPfL2M","language":"zh_CN","subscribe_time":1382694957,
                 "unionid":"o6_bmasdasdsad6_2sgVt7hMZOPfL","remark":"","groupid":0,"tagid_list":[128,2],
                 "subscribe_scene":"ADD_SCENE_QR_CODE","qr_scene":98765,"qr_scene_str":""}""", UserInfo.class);
        assertThat(u.subscribed()).isTrue();
        assertThat(u.openid()).isEqualTo("o6_bmjrPTlm6_2sgVt7hMZOPfL2M");
        assertThat(u.unionid()).isEqualTo("o6_bmasdasdsad6_2sgVt7hMZOPfL");
        assertThat(u.subscribeTime()).isEqualTo(Instant.ofEpochSecond(1382694957));
        assertThat(u.tagIds()).containsExactly(128L, 2L);
        assertThat(u.subscribeScene()).isEqualTo("ADD_SCENE_QR_CODE");
        assertThat(u.qrScene()).isEqualTo(98765);
        assertThat(u.qrSceneStr()).isEmpty();
        assertThat(u.remark()).isEmpty();
        assertThat(u.nickname()).isNull();
    }

    @Test
    void aUserWhoDoesNotFollowComesBackWithTheOpenidOnly() {
        UserInfo u = read("{\"subscribe\":0,\"openid\":\"o6_bmjrPTlm6_2sgVt7hMZOPfL2M\"}", UserInfo.class);
        assertThat(u.subscribed()).isFalse();
        assertThat(u.subscribeTime()).isNull();
        assertThat(u.tagIds()).isEmpty();
        assertThat(u.unionid()).isNull();
    }

    @Test
    void followerPageParsesAndTellsWhetherMoreMayFollow() {
        OpenidPage page = read("""
                {"total":2,"count":2,"data":{"openid":["OPENID1","OPENID2"]},"next_openid":"NEXT_OPENID"}""",
                OpenidPage.class);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.openids()).containsExactly("OPENID1", "OPENID2");
        assertThat(page.nextOpenid()).isEqualTo("NEXT_OPENID");
        assertThat(page.hasMore()).isTrue();
        OpenidPage last = read("{\"total\":2,\"count\":0,\"next_openid\":\"\"}", OpenidPage.class);
        assertThat(last.openids()).isEmpty();
        assertThat(last.hasMore()).isFalse();
    }
}
