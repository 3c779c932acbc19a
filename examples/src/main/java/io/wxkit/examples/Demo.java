package io.wxkit.examples;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Subscribe;
import io.wxkit.core.message.Text;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.Menu;
import io.wxkit.mp.template.TemplateMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An Official Account app wired end to end against the offline emulator: the app creates its menu,
 * answers a follow with a welcome card, a menu click with today's news and "order 42" with a
 * lookup in its own (here: in-memory) business system, and sends a template message.
 */
final class Demo implements AutoCloseable {
    static final String APP_ID = "wx5f3a1b2c3d4e5f60";
    private static final String SECRET = "demo-secret-0123456789abcdef0123";
    private static final String TOKEN = "wxkitdemo";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    /** The "business system" the keyword query looks up. */
    private static final Map<String, String> ORDERS = Map.of("42", "shipped, arriving Friday", "7", "being packed");

    private final WxEmulator emulator;
    private final CallbackServer callbackServer;
    private final WxMp mp;

    private Demo(WxEmulator emulator, CallbackServer callbackServer, WxMp mp) {
        this.emulator = emulator;
        this.callbackServer = callbackServer;
        this.mp = mp;
    }

    /** Starts the emulator on {@code port} (0 = any free port) and the app against it. */
    static Demo start(int port) throws IOException {
        WxEmulator emulator = port == 0 ? WxEmulator.start() : WxEmulator.start(port);
        try {
            WxMp mp = WxMp.builder()
                    .appId(APP_ID).secret(SECRET)
                    .token(TOKEN).encodingAesKey(AES_KEY)
                    .baseUrl(emulator.baseUrl())
                    .build();
            CallbackServer server = CallbackServer.start(callbackHandler(mp));
            emulator.control().account(APP_ID, SECRET, TOKEN, AES_KEY, server.url(), CallbackMode.SAFE);
            return new Demo(emulator, server, mp);
        } catch (RuntimeException | IOException e) {
            emulator.close();
            throw e;
        }
    }

    static CallbackHandler callbackHandler(WxMp mp) {
        return mp.callback()
                .onEvent(Subscribe.class, e -> Reply.news(e, List.of(Article.of("Welcome to wxkit",
                        "Tap News below, or send: order 42", "https://example.com/welcome.png", "https://example.com"))))
                .onEvent(Click.class, "NEWS", e -> Reply.text(e, "Today: wxkit answers WeChat offline"))
                .on(Text.class, m -> m.content().startsWith("order"), m -> Reply.text(m, lookupOrder(m.content())))
                .build();
    }

    private static String lookupOrder(String content) {
        String id = content.substring("order".length()).trim();
        return "Order " + id + ": " + ORDERS.getOrDefault(id, "not found");
    }

    /** Plays one visit of a fake user and returns what they saw. */
    Visit run() {
        mp.menu().create(Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com")));
        FakeUser user = emulator.control().user(APP_ID, "Xiao Ming");
        CallbackResult welcome = emulator.control().follow(user.openid());
        CallbackResult news = emulator.control().click(user.openid(), "NEWS");
        CallbackResult order = emulator.control().sendText(user.openid(), "order 42");
        mp.templates().send(TemplateMessage.to(user.openid(), "meeting_notice_01")
                .data("thing1", "Meeting at 3pm").url("https://example.com/meeting"));
        return new Visit(user.openid(), welcome, news, order, emulator.control().inbox(user.openid()));
    }

    String browserUrl() {
        return emulator.baseUrl() + "/emulator/";
    }

    @Override
    public void close() {
        callbackServer.close();
        mp.close();
        emulator.close();
    }

    /** What a fake user saw during {@link #run()}. */
    record Visit(String openid, CallbackResult welcome, CallbackResult news, CallbackResult order,
                 List<InboxEntry> inbox) {}
}
