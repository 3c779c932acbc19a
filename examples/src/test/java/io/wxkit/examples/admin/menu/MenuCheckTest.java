package io.wxkit.examples.admin.menu;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.mp.menu.Menu;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WeChat's menu limits as the editor checks them, field by field, and the menu it builds. */
class MenuCheckTest {

    @Test
    void namesAreCountedInUtf8Bytes() {
        Map<String, String> p = new HashMap<>(Map.of("t0.name", "五个汉字啊", "t0.type", "click", "t0.value", "K"));
        assertThat(MenuCheck.errors(MenuForm.parse(p))).isEmpty();          // 15 bytes
        p.put("t0.name", "六个汉字啊啊");                                      // 18 bytes
        assertThat(MenuCheck.errors(MenuForm.parse(p))).containsOnlyKeys("t0.name");
    }

    @Test
    void aSubMenuNeedsSubButtonsAndEachNeedsItsValue() {
        Map<String, String> p = new HashMap<>(Map.of("t0.name", "More", "t0.type", "sub"));
        assertThat(MenuCheck.errors(MenuForm.parse(p))).containsOnlyKeys("t0.type");
        p.putAll(Map.of("t0.s0.name", "Site", "t0.s0.type", "view", "t0.s0.value", "example.com"));
        assertThat(MenuCheck.errors(MenuForm.parse(p))).containsOnlyKeys("t0.s0.value");
        p.put("t0.s0.value", "https://example.com/");
        p.putAll(Map.of("t0.s1.name", "x".repeat(61), "t0.s1.type", "click", "t0.s1.value", "K".repeat(129)));
        assertThat(MenuCheck.errors(MenuForm.parse(p))).containsOnlyKeys("t0.s1.name", "t0.s1.value");
    }

    @Test
    void anEmptyFormIsRefusedAndAGoodOneBuildsTheMenu() {
        assertThat(MenuCheck.errors(MenuForm.parse(Map.of()))).containsOnlyKeys("menu");
        Map<String, String> p = Map.of("t0.name", "新闻", "t0.type", "click", "t0.value", "NEWS",
                "t2.name", "更多", "t2.type", "sub", "t2.s0.name", "官网", "t2.s0.type", "view", "t2.s0.value", "https://example.com/");
        MenuForm form = MenuForm.parse(p);
        assertThat(MenuCheck.errors(form)).isEmpty();
        Menu menu = MenuCheck.build(form);
        assertThat(menu.buttons()).extracting(b -> b.name()).containsExactly("新闻", "更多");
        assertThat(menu.buttons().get(1).subButtons()).singleElement().satisfies(b -> assertThat(b.url()).isEqualTo("https://example.com/"));
        assertThat(MenuForm.of(menu).tops().get(1).subs().get(0).value()).isEqualTo("https://example.com/");
    }
}
