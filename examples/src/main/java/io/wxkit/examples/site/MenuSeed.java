package io.wxkit.examples.site;

import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.Menu;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates both accounts' custom menus through {@code WxMp.menu()} on every start against the emulator (which keeps
 * menus in memory). Against real WeChat the demo leaves the accounts' menus alone: they are the organisation's.
 */
@Component
@ConditionalOnProperty(name = "examples.emulator.enabled", havingValue = "true", matchIfMissing = true)
class MenuSeed implements DemoSeed {
    /** The CLICK keys the callback handlers answer. */
    static final String NEWS = "NEWS";
    static final String QUERY = "QUERY";
    static final String KF = "KF";

    private final WeChatAccounts accounts;

    MenuSeed(WeChatAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "menu";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed() {
        // the menu lives in the emulator: see everyStart
    }

    @Override
    public void everyStart() {
        accounts.service().menu().create(serviceMenu());
        accounts.subscription().menu().create(Menu.of(
                Button.view("微官网", accounts.url("/site")),
                Button.view("微发布", accounts.url("/news")),
                Button.view("微展示", accounts.url("/culture"))));
    }

    Menu serviceMenu() {
        return Menu.of(
                Button.view("微官网", accounts.url("/site")),
                Button.click("今日新闻", NEWS),
                Button.subMenu("服务",
                        Button.click("查询", QUERY),
                        Button.click("客服", KF),
                        Button.view("会员", accounts.url("/member")),
                        Button.view("微展示", accounts.url("/culture")),
                        Button.view("绑定账号", accounts.url("/bind"))));
    }
}
