package io.wxkit.mp.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TagApiTest {
    private final MpServer wechat = new MpServer();
    private final TagApi tags = wechat.mp().tags();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void createPostsTheNameAndReturnsTheTag() {
        wechat.reply("{\"tag\":{\"id\":134,\"name\":\"广东\"}}");
        assertThat(tags.create("广东")).isEqualTo(new Tag(134, "广东", 0));
        wechat.expect("POST", "/cgi-bin/tags/create?access_token=ACCESS_TOKEN", "{\"tag\":{\"name\":\"广东\"}}");
    }

    @Test
    void createSurfacesADuplicateName() {
        wechat.reply("{\"errcode\":45157,\"errmsg\":\"invalid tag name\"}");
        assertThatThrownBy(() -> tags.create("广东")).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(45157));
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThatThrownBy(() -> tags.create("x")).isInstanceOf(WxApiException.class).hasMessageContaining("no tag");
        assertThatThrownBy(() -> tags.create("x".repeat(31))).hasMessageContaining("at most 30");
    }

    @Test
    void listUpdateAndDelete() {
        wechat.reply("""
                {"tags":[{"id":1,"name":"每天一罐可乐星人","count":0},{"id":2,"name":"星标组","count":0},
                 {"id":127,"name":"广东","count":5}]}""");
        assertThat(tags.list()).extracting(Tag::id).containsExactly(1L, 2L, 127L);
        wechat.expect("GET", "/cgi-bin/tags/get?access_token=ACCESS_TOKEN", null);

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        tags.update(134, "广东人");
        wechat.expect("POST", "/cgi-bin/tags/update?access_token=ACCESS_TOKEN", "{\"tag\":{\"id\":134,\"name\":\"广东人\"}}");

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        tags.delete(134);
        wechat.expect("POST", "/cgi-bin/tags/delete?access_token=ACCESS_TOKEN", "{\"tag\":{\"id\":134}}");
    }

    @Test
    void taggingIsSplitIntoFifties() {
        List<String> openids = IntStream.range(0, 60).mapToObj(i -> "o" + i).toList();
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}").reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        tags.tagUsers(134, openids);
        wechat.expect("POST", "/cgi-bin/tags/members/batchtagging?access_token=ACCESS_TOKEN",
                "{\"openid_list\":" + array(openids.subList(0, 50)) + ",\"tagid\":134}");
        wechat.expect("POST", "/cgi-bin/tags/members/batchtagging?access_token=ACCESS_TOKEN",
                "{\"openid_list\":" + array(openids.subList(50, 60)) + ",\"tagid\":134}");

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        tags.untagUsers(134, List.of("ocYxcuAEy30bX0NXmGn4ypqx3tI0", "ocYxcuBt0mRugKZ7tGAHPnUaOW7Y"));
        wechat.expect("POST", "/cgi-bin/tags/members/batchuntagging?access_token=ACCESS_TOKEN",
                "{\"openid_list\":[\"ocYxcuAEy30bX0NXmGn4ypqx3tI0\",\"ocYxcuBt0mRugKZ7tGAHPnUaOW7Y\"],\"tagid\":134}");
        assertThatThrownBy(() -> tags.tagUsers(1, List.of(" "))).hasMessageContaining("openid");
    }

    @Test
    void tagsOfAUserAndUsersOfATag() {
        wechat.reply("{\"tagid_list\":[134,2]}");
        assertThat(tags.tagsOf("ocYxcuBt0mRugKZ7tGAHPnUaOW7Y")).containsExactly(134L, 2L);
        wechat.expect("POST", "/cgi-bin/tags/getidlist?access_token=ACCESS_TOKEN",
                "{\"openid\":\"ocYxcuBt0mRugKZ7tGAHPnUaOW7Y\"}");

        wechat.reply("{\"count\":2,\"data\":{\"openid\":[\"ocYxcuAEy30bX0NXmGn4ypqx3tI0\",\"ocYxcuBt0mRugKZ7tGAHPnUaOW7Y\"]},"
                + "\"next_openid\":\"ocYxcuBt0mRugKZ7tGAHPnUaOW7Y\"}");
        wechat.reply("{\"count\":0,\"next_openid\":\"\"}");
        List<String> all = new ArrayList<>();
        tags.users(134).forEach(all::add);
        assertThat(all).containsExactly("ocYxcuAEy30bX0NXmGn4ypqx3tI0", "ocYxcuBt0mRugKZ7tGAHPnUaOW7Y");
        wechat.expect("POST", "/cgi-bin/user/tag/get?access_token=ACCESS_TOKEN", "{\"tagid\":134,\"next_openid\":\"\"}");
        wechat.expect("POST", "/cgi-bin/user/tag/get?access_token=ACCESS_TOKEN",
                "{\"tagid\":134,\"next_openid\":\"ocYxcuBt0mRugKZ7tGAHPnUaOW7Y\"}");
    }

    @Test
    void everyMethodTurnsAnErrcodeIntoWxApiException() {
        List<Consumer<TagApi>> calls = List.of(TagApi::list, t -> t.update(1, "x"), t -> t.delete(1),
                t -> t.tagUsers(1, List.of("o")), t -> t.untagUsers(1, List.of("o")), t -> t.tagsOf("o"),
                t -> t.usersPage(1, ""));
        for (Consumer<TagApi> call : calls) {
            wechat.reply("{\"errcode\":45058,\"errmsg\":\"can't modify sys tag\"}");
            assertThatThrownBy(() -> call.accept(tags)).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(45058));
        }
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
