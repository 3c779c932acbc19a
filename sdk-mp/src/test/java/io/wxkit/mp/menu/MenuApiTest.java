package io.wxkit.mp.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MenuApiTest {
    private final MpServer wechat = new MpServer();
    private final MenuApi menu = wechat.mp().menu();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void createPostsTheMenuAndAcceptsOk() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        menu.create(Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com")));
        wechat.expect("POST", "/cgi-bin/menu/create?access_token=ACCESS_TOKEN", """
                {"button":[{"type":"click","name":"News","key":"NEWS"},
                           {"type":"view","name":"Site","url":"https://example.com"}]}""");
    }

    @Test
    void createSurfacesWeChatsRejection() {
        wechat.reply("{\"errcode\":40018,\"errmsg\":\"invalid button name size rid: 6530f2c2-1e1bb7ee-2f5ed3bc\"}");
        assertThatThrownBy(() -> menu.create(Menu.of(Button.click("News", "NEWS"))))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40018);
                    assertThat(e.rid()).isEqualTo("6530f2c2-1e1bb7ee-2f5ed3bc");
                    assertThat(e.endpoint()).isEqualTo("POST /cgi-bin/menu/create");
                });
    }

    @Test
    void invalidMenusAreRefusedWithoutACall() {
        Menu conditional = Menu.of(Button.click("a", "k")).withMatchRule(MatchRule.tag(2));
        assertThatThrownBy(() -> menu.create(conditional)).hasMessageContaining("addConditional");
        assertThatThrownBy(() -> menu.addConditional(Menu.of(Button.click("a", "k")))).hasMessageContaining("matchrule");
        Menu legacy = Menu.of(Button.click("a", "k")).withMatchRule(new MatchRule(null, null, "1", null, null, null, null));
        assertThatThrownBy(() -> menu.addConditional(legacy)).hasMessageContaining("matchrule");
        Menu unknown = new Menu(List.of(new Button(ButtonType.UNKNOWN, "x", null, null, null, null, null, null, null)),
                null, null);
        assertThatThrownBy(() -> menu.create(unknown)).hasMessageContaining("cannot send");
        assertThatThrownBy(() -> menu.deleteConditional(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(wechat.server().getRequestCount()).isZero();
    }

    @Test
    void getParsesTheDocumentedSample() {
        wechat.reply("""
                {"menu":{"button":[{"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC","sub_button":[]},
                  {"name":"菜单","sub_button":[{"type":"view","name":"搜索","url":"http://www.soso.com/","sub_button":[]}]}],
                  "menuid":208396938},
                 "conditionalmenu":[{"button":[{"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC","sub_button":[]}],
                  "matchrule":{"tag_id":"2","client_platform_type":"2"},"menuid":208396993}]}""");
        MenuInfo info = menu.get();
        wechat.expect("GET", "/cgi-bin/menu/get?access_token=ACCESS_TOKEN", null);
        assertThat(info.defaultMenu().buttons().get(1).subButtons().get(0).url()).isEqualTo("http://www.soso.com/");
        assertThat(info.conditionalMenus()).extracting(Menu::menuId).containsExactly("208396993");
        assertThat(info.conditionalMenus().get(0).matchRule()).isEqualTo(
                MatchRule.tag(2).withClientPlatform(ClientPlatform.ANDROID));
    }

    @Test
    void currentParsesTheDocumentedSampleWithAdminSiteTypes() {
        wechat.reply("""
                {"is_menu_open":1,"selfmenu_info":{"button":[
                  {"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC"},
                  {"name":"菜单","sub_button":{"list":[
                    {"type":"view","name":"搜索","url":"http://www.soso.com/"},
                    {"type":"news","name":"图文","value":"KQb_w_Tiz-nSdVLoTV35Psmty8hGBulGhEdbb9SKs-o",
                     "news_info":{"list":[{"title":"MMM","author":"JIMZHENG","digest":"text","show_cover":0,
                       "cover_url":"http://mmbiz.qpic.cn/x/0","content_url":"http://mp.weixin.qq.com/s?x","source_url":""}]}},
                    {"type":"text","name":"文本","value":"你好"}]}}]}}""");
        SelfMenuInfo info = menu.current();
        wechat.expect("GET", "/cgi-bin/get_current_selfmenu_info?access_token=ACCESS_TOKEN", null);
        assertThat(info.menuOpen()).isTrue();
        assertThat(info.buttons().get(0).key()).isEqualTo("V1001_TODAY_MUSIC");
        assertThat(info.buttons().get(1).subButtons()).extracting(SelfMenuInfo.SelfMenuButton::type)
                .containsExactly("view", "news", "text");
        assertThat(info.buttons().get(1).subButtons().get(2).value()).isEqualTo("你好");
    }

    @Test
    void currentWithoutAMenuIsClosedAndEmpty() {
        wechat.reply("{\"is_menu_open\":0}");
        SelfMenuInfo info = menu.current();
        assertThat(info.menuOpen()).isFalse();
        assertThat(info.buttons()).isEmpty();
    }

    @Test
    void deleteIsAGet() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        menu.delete();
        wechat.expect("GET", "/cgi-bin/menu/delete?access_token=ACCESS_TOKEN", null);
    }

    @Test
    void addConditionalReturnsTheMenuId() {
        wechat.reply("{\"menuid\":\"208379533\"}");
        String id = menu.addConditional(Menu.of(Button.click("VIP", "VIP")).withMatchRule(MatchRule.tag(2)));
        wechat.expect("POST", "/cgi-bin/menu/addconditional?access_token=ACCESS_TOKEN", """
                {"button":[{"type":"click","name":"VIP","key":"VIP"}],"matchrule":{"tag_id":"2"}}""");
        assertThat(id).isEqualTo("208379533");
    }

    @Test
    void deleteConditionalAndTryMatch() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        menu.deleteConditional("208379533");
        wechat.expect("POST", "/cgi-bin/menu/delconditional?access_token=ACCESS_TOKEN", "{\"menuid\":\"208379533\"}");

        wechat.reply("{\"button\":[{\"type\":\"view\",\"name\":\"tx\",\"url\":\"http://www.qq.com/\",\"sub_button\":[]}]}");
        Menu seen = menu.tryMatch("weixin");
        wechat.expect("POST", "/cgi-bin/menu/trymatch?access_token=ACCESS_TOKEN", "{\"user_id\":\"weixin\"}");
        assertThat(seen.buttons()).extracting(Button::url).containsExactly("http://www.qq.com/");
    }

    @Test
    void everyMethodTurnsAnErrcodeIntoWxApiException() {
        List<Consumer<MenuApi>> calls = List.of(MenuApi::get, MenuApi::current, MenuApi::delete,
                m -> m.addConditional(Menu.of(Button.click("a", "k")).withMatchRule(MatchRule.tag(1))),
                m -> m.deleteConditional("1"), m -> m.tryMatch("o"));
        for (Consumer<MenuApi> call : calls) {
            wechat.reply("{\"errcode\":46003,\"errmsg\":\"menu no exist\"}");
            assertThatThrownBy(() -> call.accept(menu)).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(46003));
        }
    }

    @Test
    void anAnswerWithoutTheExpectedFieldIsUnusable() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThatThrownBy(() -> menu.addConditional(Menu.of(Button.click("a", "k")).withMatchRule(MatchRule.tag(1))))
                .isInstanceOf(WxApiException.class).hasMessageContaining("menuid");
    }
}
