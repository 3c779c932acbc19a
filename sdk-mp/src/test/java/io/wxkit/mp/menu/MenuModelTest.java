package io.wxkit.mp.menu;

import static io.wxkit.mp.testing.Wire.json;
import static io.wxkit.mp.testing.Wire.read;
import static io.wxkit.mp.testing.Wire.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MenuModelTest {

    @Test
    void documentedCreateSampleSerializesExactly() {
        Menu menu = Menu.of(
                Button.click("今日歌曲", "V1001_TODAY_MUSIC"),
                Button.subMenu("菜单",
                        Button.view("搜索", "http://www.soso.com/"),
                        Button.miniProgram("wxa", "http://mp.weixin.qq.com", "wx286b93c14bbf93aa", "pages/lunar/index"),
                        Button.click("赞一下我们", "V1001_GOOD")));

        assertThat(json(menu)).isEqualTo(tree("""
                {"button":[
                  {"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC"},
                  {"name":"菜单","sub_button":[
                    {"type":"view","name":"搜索","url":"http://www.soso.com/"},
                    {"type":"miniprogram","name":"wxa","url":"http://mp.weixin.qq.com","appid":"wx286b93c14bbf93aa","pagepath":"pages/lunar/index"},
                    {"type":"click","name":"赞一下我们","key":"V1001_GOOD"}]}]}"""));
    }

    @Test
    void everyButtonTypeSerializesWithItsWireNameAndFields() {
        @SuppressWarnings("deprecation")
        List<Button> buttons = List.of(
                Button.scanCodePush("a", "K1"), Button.scanCodeWaitMsg("b", "K2"), Button.picSysPhoto("c", "K3"),
                Button.picPhotoOrAlbum("d", "K4"), Button.picWeixin("e", "K5"), Button.locationSelect("f", "K6"),
                Button.media("g", "MEDIA"), Button.article("h", "ART"), Button.articleView("i", "ART2"),
                Button.viewLimited("j", "MEDIA2"));
        assertThat(buttons.stream().map(b -> json(b).toString()).toList()).containsExactly(
                "{\"type\":\"scancode_push\",\"name\":\"a\",\"key\":\"K1\"}",
                "{\"type\":\"scancode_waitmsg\",\"name\":\"b\",\"key\":\"K2\"}",
                "{\"type\":\"pic_sysphoto\",\"name\":\"c\",\"key\":\"K3\"}",
                "{\"type\":\"pic_photo_or_album\",\"name\":\"d\",\"key\":\"K4\"}",
                "{\"type\":\"pic_weixin\",\"name\":\"e\",\"key\":\"K5\"}",
                "{\"type\":\"location_select\",\"name\":\"f\",\"key\":\"K6\"}",
                "{\"type\":\"media_id\",\"name\":\"g\",\"media_id\":\"MEDIA\"}",
                "{\"type\":\"article_id\",\"name\":\"h\",\"article_id\":\"ART\"}",
                "{\"type\":\"article_view_limited\",\"name\":\"i\",\"article_id\":\"ART2\"}",
                "{\"type\":\"view_limited\",\"name\":\"j\",\"media_id\":\"MEDIA2\"}");
    }

    @Test
    void conditionalMenuCarriesItsMatchRuleButNeverTheMenuId() {
        Menu menu = Menu.of(Button.click("VIP", "VIP"))
                .withMatchRule(MatchRule.tag(2).withClientPlatform(ClientPlatform.ANDROID));
        assertThat(json(menu)).isEqualTo(tree("""
                {"button":[{"type":"click","name":"VIP","key":"VIP"}],
                 "matchrule":{"tag_id":"2","client_platform_type":"2"}}"""));
        assertThat(json(MatchRule.clientPlatform(ClientPlatform.IOS))).isEqualTo(tree("{\"client_platform_type\":\"1\"}"));
    }

    @Test
    void topLevelCountIsOneToThree() {
        Button b = Button.click("a", "k");
        assertThatThrownBy(() -> Menu.of()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> Menu.of(b, b, b, b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 4 entries");
        assertThat(Menu.of(b, b, b).buttons()).hasSize(3);
    }

    @Test
    void subButtonCountIsOneToFive() {
        Button b = Button.click("a", "k");
        assertThatThrownBy(() -> Button.subMenu("m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Button.subMenu("m", b, b, b, b, b, b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 6 entries");
        assertThat(Button.subMenu("m", b, b, b, b, b).subButtons()).hasSize(5);
    }

    @Test
    void topLevelNamesAreAtMostSixteenUtf8Bytes() {
        assertThat(Menu.of(Button.click("一二三四五", "k")).buttons()).hasSize(1); // 15 bytes
        assertThatThrownBy(() -> Menu.of(Button.click("一二三四五六", "k"))) // 18 bytes
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18 UTF-8 bytes");
        assertThatThrownBy(() -> Menu.of(Button.click("abcdefghijklmnopq", "k")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 16");
    }

    @Test
    void subButtonNamesAreAtMostSixtyUtf8Bytes() {
        Button sixty = Button.click("x".repeat(60), "k");
        assertThat(Button.subMenu("m", sixty).subButtons()).containsExactly(sixty);
        assertThatThrownBy(() -> Button.click("x".repeat(61), "k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 60");
        assertThatThrownBy(() -> Button.click(" ", "k")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreAtMost128BytesAndUrlsAtMost1024() {
        assertThat(Button.click("a", "k".repeat(128)).key()).hasSize(128);
        assertThatThrownBy(() -> Button.click("a", "k".repeat(129))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("button key");
        String base = "https://example.com/";
        assertThat(Button.view("a", base + "p".repeat(1024 - base.length())).url()).hasSize(1024);
        assertThatThrownBy(() -> Button.view("a", base + "p".repeat(1025 - base.length())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("button url");
    }

    @Test
    void everyTypeRequiresItsFields() {
        assertThatThrownBy(() -> Button.click("a", null)).hasMessageContaining("click button 'a' requires key");
        assertThatThrownBy(() -> Button.locationSelect("a", "")).hasMessageContaining("requires key");
        assertThatThrownBy(() -> Button.view("a", null)).hasMessageContaining("requires url");
        assertThatThrownBy(() -> Button.miniProgram("a", "https://x", null, "p")).hasMessageContaining("requires appid");
        assertThatThrownBy(() -> Button.miniProgram("a", "https://x", "wx1", null)).hasMessageContaining("requires pagepath");
        assertThatThrownBy(() -> Button.miniProgram("a", null, "wx1", "p")).hasMessageContaining("requires url");
        assertThatThrownBy(() -> Button.media("a", null)).hasMessageContaining("requires media_id");
        assertThatThrownBy(() -> Button.article("a", " ")).hasMessageContaining("requires article_id");
        assertThatThrownBy(() -> Button.articleView("a", null)).hasMessageContaining("requires article_id");
        assertThatThrownBy(() -> new Button(null, "a", null, null, null, null, null, null, List.of()))
                .hasMessageContaining("needs a type or 1-5 sub-buttons");
    }

    @Test
    void typeAndSubButtonsAreExclusiveAndMenusAreTwoLevelsDeep() {
        Button leaf = Button.click("a", "k");
        assertThatThrownBy(() -> new Button(ButtonType.CLICK, "m", "k", null, null, null, null, null, List.of(leaf)))
                .hasMessageContaining("both a type and sub_button");
        assertThatThrownBy(() -> Button.subMenu("m", Button.subMenu("n", leaf)))
                .hasMessageContaining("two levels deep");
    }

    @Test
    void matchRuleNeedsACondition() {
        assertThatThrownBy(() -> new MatchRule(" ", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MatchRule.tag(5).isCreatable()).isTrue();
        assertThat(new MatchRule(null, null, "1", null, null, null, null).isCreatable()).isFalse();
        assertThatThrownBy(() -> ClientPlatform.fromCode("9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentedGetSampleParsesDefaultAndConditionalMenus() {
        MenuInfo info = read("""
                {"menu":{"button":[
                   {"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC","sub_button":[]},
                   {"type":"click","name":"歌手简介","key":"V1001_TODAY_SINGER","sub_button":[]},
                   {"name":"菜单","sub_button":[
                     {"type":"view","name":"搜索","url":"http://www.soso.com/","sub_button":[]},
                     {"type":"view","name":"视频","url":"http://v.qq.com/","sub_button":[]},
                     {"type":"click","name":"赞一下我们","key":"V1001_GOOD","sub_button":[]}]}],
                  "menuid":208396938},
                 "conditionalmenu":[{"button":[
                   {"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC","sub_button":[]}],
                   "matchrule":{"group_id":2,"sex":1,"country":"中国","province":"广东","city":"广州","client_platform_type":2},
                   "menuid":208396993}]}""", MenuInfo.class);

        assertThat(info.defaultMenu().menuId()).isEqualTo("208396938");
        assertThat(info.defaultMenu().buttons()).extracting(Button::name).containsExactly("今日歌曲", "歌手简介", "菜单");
        assertThat(info.defaultMenu().buttons().get(2).subButtons()).extracting(Button::type)
                .containsExactly(ButtonType.VIEW, ButtonType.VIEW, ButtonType.CLICK);
        Menu conditional = info.conditionalMenus().get(0);
        assertThat(conditional.menuId()).isEqualTo("208396993");
        assertThat(conditional.matchRule().clientPlatform()).isEqualTo(ClientPlatform.ANDROID);
        assertThat(conditional.matchRule().sex()).isEqualTo("1");
        assertThat(conditional.matchRule().isCreatable()).isFalse();
        assertThat(json(conditional.matchRule()).has("sex")).isFalse();
    }

    @Test
    void unknownButtonTypesAreReadButNotCreatable() {
        Menu menu = read("{\"button\":[{\"type\":\"future_type\",\"name\":\"x\"}]}", Menu.class);
        assertThat(menu.buttons().get(0).type()).isEqualTo(ButtonType.UNKNOWN);
        assertThat(menu.isCreatable()).isFalse();
        assertThat(Menu.of(Button.subMenu("m", Button.click("a", "k"))).isCreatable()).isTrue();
    }
}
