package io.wxkit.mp.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserApiTest {
    private final MpServer wechat = new MpServer();
    private final UserApi users = wechat.mp().users();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void getAsksForTheOpenidInTheLanguageAndParsesTheSample() {
        wechat.reply("""
                {"subscribe":1,"openid":"o6_bmjrPTlm6_2sgVt7hMZOPfL2M","language":"zh_CN","subscribe_time":1382694957,
                 "unionid":"o6_bmasdasdsad6_2sgVt7hMZOPfL","remark":"","groupid":0,"tagid_list":[128,2],
                 "subscribe_scene":"ADD_SCENE_QR_CODE","qr_scene":98765,"qr_scene_str":""}""");
        UserInfo u = users.get("o6_bmjrPTlm6_2sgVt7hMZOPfL2M");
        wechat.expect("GET", "/cgi-bin/user/info?access_token=ACCESS_TOKEN&openid=o6_bmjrPTlm6_2sgVt7hMZOPfL2M&lang=zh_CN",
                null);
        assertThat(u.tagIds()).containsExactly(128L, 2L);

        wechat.reply("{\"subscribe\":0,\"openid\":\"o1\"}");
        assertThat(users.get("o1", Lang.EN).subscribed()).isFalse();
        wechat.expect("GET", "/cgi-bin/user/info?access_token=ACCESS_TOKEN&openid=o1&lang=en", null);
    }

    @Test
    void getSurfacesAnInvalidOpenid() {
        wechat.reply("{\"errcode\":40003,\"errmsg\":\"invalid openid rid: 1\"}");
        assertThatThrownBy(() -> users.get("nope")).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(40003));
    }

    @Test
    void batchGetSplitsIntoHundredsAndKeepsOrder() {
        List<String> openids = IntStream.range(0, 150).mapToObj(i -> "o" + i).toList();
        wechat.reply(infoList(openids.subList(0, 100)));
        wechat.reply(infoList(openids.subList(100, 150)));
        List<UserInfo> infos = users.batchGet(openids, Lang.ZH_TW);
        assertThat(infos).extracting(UserInfo::openid).isEqualTo(openids);
        wechat.expect("POST", "/cgi-bin/user/info/batchget?access_token=ACCESS_TOKEN", batchBody(openids.subList(0, 100)));
        wechat.expect("POST", "/cgi-bin/user/info/batchget?access_token=ACCESS_TOKEN", batchBody(openids.subList(100, 150)));
        assertThat(users.batchGet(List.of(), Lang.ZH_CN)).isEmpty();
    }

    @Test
    void followersAreWalkedLazilyPageByPage() {
        wechat.reply("{\"total\":3,\"count\":2,\"data\":{\"openid\":[\"OPENID1\",\"OPENID2\"]},\"next_openid\":\"OPENID2\"}");
        wechat.reply("{\"total\":3,\"count\":1,\"data\":{\"openid\":[\"OPENID3\"]},\"next_openid\":\"OPENID3\"}");
        wechat.reply("{\"total\":3,\"count\":0,\"next_openid\":\"\"}");
        Iterator<String> it = users.followers().iterator();
        assertThat(wechat.server().getRequestCount()).isZero();
        assertThat(it.next()).isEqualTo("OPENID1");
        assertThat(wechat.server().getRequestCount()).isEqualTo(1);
        List<String> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertThat(rest).containsExactly("OPENID2", "OPENID3");
        wechat.expect("GET", "/cgi-bin/user/get?access_token=ACCESS_TOKEN", null);
        wechat.expect("GET", "/cgi-bin/user/get?access_token=ACCESS_TOKEN&next_openid=OPENID2", null);
        wechat.expect("GET", "/cgi-bin/user/get?access_token=ACCESS_TOKEN&next_openid=OPENID3", null);
    }

    @Test
    void aFailedPageIsThrownFromTheIterator() {
        wechat.reply("{\"errcode\":40013,\"errmsg\":\"invalid appid\"}");
        Iterator<String> it = users.followers().iterator();
        assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(40013));
    }

    @Test
    void remarkIsPostedAndLimitedToUnder30Characters() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        users.remark("oDF3iY9ffA-hqb2vVvbr7qxf6A0Q", "pangzi");
        wechat.expect("POST", "/cgi-bin/user/info/updateremark?access_token=ACCESS_TOKEN",
                "{\"openid\":\"oDF3iY9ffA-hqb2vVvbr7qxf6A0Q\",\"remark\":\"pangzi\"}");
        assertThatThrownBy(() -> users.remark("o", "x".repeat(30))).hasMessageContaining("shorter than 30");
    }

    @Test
    void blacklistIsPagedAndChangedInChunksOfTwenty() {
        wechat.reply("{\"total\":2,\"count\":2,\"data\":{\"openid\":[\"OPENID1\",\"OPENID2\"]},\"next_openid\":\"OPENID2\"}");
        wechat.reply("{\"total\":2,\"count\":0,\"next_openid\":\"\"}");
        List<String> all = new ArrayList<>();
        users.blacklist().forEach(all::add);
        assertThat(all).containsExactly("OPENID1", "OPENID2");
        wechat.expect("POST", "/cgi-bin/tags/members/getblacklist?access_token=ACCESS_TOKEN", "{\"begin_openid\":\"\"}");
        wechat.expect("POST", "/cgi-bin/tags/members/getblacklist?access_token=ACCESS_TOKEN",
                "{\"begin_openid\":\"OPENID2\"}");

        List<String> openids = IntStream.range(0, 25).mapToObj(i -> "o" + i).toList();
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}").reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        users.block(openids);
        wechat.expect("POST", "/cgi-bin/tags/members/batchblacklist?access_token=ACCESS_TOKEN",
                "{\"openid_list\":" + jsonArray(openids.subList(0, 20)) + "}");
        wechat.expect("POST", "/cgi-bin/tags/members/batchblacklist?access_token=ACCESS_TOKEN",
                "{\"openid_list\":" + jsonArray(openids.subList(20, 25)) + "}");

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        users.unblock(List.of("OPENID1", "OPENID2"));
        wechat.expect("POST", "/cgi-bin/tags/members/batchunblacklist?access_token=ACCESS_TOKEN",
                "{\"openid_list\":[\"OPENID1\",\"OPENID2\"]}");
    }

    @Test
    void everyMethodTurnsAnErrcodeIntoWxApiException() {
        List<Consumer<UserApi>> calls = List.of(u -> u.batchGet(List.of("o"), Lang.ZH_CN), u -> u.followersPage(""),
                u -> u.remark("o", "r"), u -> u.blacklistPage(""), u -> u.block(List.of("o")),
                u -> u.unblock(List.of("o")));
        for (Consumer<UserApi> call : calls) {
            wechat.reply("{\"errcode\":40003,\"errmsg\":\"invalid openid\"}");
            assertThatThrownBy(() -> call.accept(users)).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(40003));
        }
    }

    private static String infoList(List<String> openids) {
        return "{\"user_info_list\":[" + openids.stream()
                .map(o -> "{\"subscribe\":1,\"openid\":\"" + o + "\",\"subscribe_time\":1434093047}")
                .collect(Collectors.joining(",")) + "]}";
    }

    private static String batchBody(List<String> openids) {
        return "{\"user_list\":[" + openids.stream().map(o -> "{\"openid\":\"" + o + "\",\"lang\":\"zh_TW\"}")
                .collect(Collectors.joining(",")) + "]}";
    }

    static String jsonArray(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
