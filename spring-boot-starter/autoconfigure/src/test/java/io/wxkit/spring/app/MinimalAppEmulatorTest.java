package io.wxkit.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.callback.CallbackResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 20's test app: a real Boot application on a random port gets a working, encrypted (safe mode)
 * callback from {@code wxkit.mp.*} properties and one annotated handler; the emulator plays WeChat.
 */
class MinimalAppEmulatorTest {
    private static final String APP_ID = "wxminimal00001";
    private static final String TOKEN = "minimaltoken";
    private static final String AES = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static WxEmulator emulator;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        emulator = WxEmulator.start();
        app = new SpringApplicationBuilder(MinimalApp.class).properties(
                "server.port=0", "server.address=127.0.0.1", "wxkit.store=memory",
                "wxkit.mp.app-id=" + APP_ID, "wxkit.mp.secret=minimal-secret", "wxkit.mp.token=" + TOKEN,
                "wxkit.mp.encoding-aes-key=" + AES, "wxkit.mp.callback-mode=safe",
                "wxkit.mp.base-url=" + emulator.baseUrl()).run();
        String port = app.getEnvironment().getProperty("local.server.port");
        emulator.control().account(APP_ID, "minimal-secret", TOKEN, AES,
                "http://127.0.0.1:" + port + "/wx/callback", CallbackMode.SAFE);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void aFakeUsersTextIsAnsweredByTheAnnotatedHandlerThroughTheEncryptedCallback() {
        FakeUser user = follower("Mei");
        CallbackResult result = emulator.control().sendText(user.openid(), "order 1234");
        assertThat(result.error()).isNull();
        assertThat(result.reply()).containsEntry("msgType", "text").containsEntry("content", "Order 1234 has shipped");
    }

    @Test
    void aTextNoRuleMatchesGetsNoReply() {
        FakeUser user = follower("Lin");
        CallbackResult result = emulator.control().sendText(user.openid(), "hello");
        assertThat(result.error()).isNull();
        assertThat(result.reply()).isNull();
    }

    private static FakeUser follower(String nickname) {
        FakeUser user = emulator.control().user(APP_ID, nickname);
        CallbackResult followed = emulator.control().follow(user.openid());
        assertThat(followed.error()).isNull(); // the subscribe event went through the encrypted callback too
        return user;
    }
}
