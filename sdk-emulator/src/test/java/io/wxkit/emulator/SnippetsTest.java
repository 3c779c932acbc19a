package io.wxkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.fault.Fault;
import io.wxkit.emulator.fault.FaultKind;
import org.junit.jupiter.api.Test;

/** The Javadoc and guide examples, compiled and run. */
class SnippetsTest {

    @Test
    void wxEmulatorClassExample() {
        try (WxEmulator wx = WxEmulator.start()) {
            String baseUrl = wx.baseUrl(); // WxMp.builder().baseUrl(baseUrl) / WxPay.builder().baseUrl(wx.payBaseUrl())
            assertThat(baseUrl).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void emulatorControlExample() {
        try (WxEmulator emulator = WxEmulator.start()) {
            emulator.control().account("wx1", "secret", "token1", null, "http://127.0.0.1:8080/wx", CallbackMode.PLAIN);
            String openid = emulator.control().user("wx1", "Alice").openid();
            assertThat(openid).startsWith("o");
        }
    }

    @Test
    void accountExample() {
        try (WxEmulator wx = WxEmulator.start()) {
            Account a = wx.control().account("wx1", "secret1", "token1", null, "http://127.0.0.1:8080/wx", CallbackMode.PLAIN);
            String ghId = a.originalId();
            assertThat(ghId).matches("gh_[0-9a-f]{12}");
            assertThat(a.toString()).doesNotContain("secret1").doesNotContain("token1");
        }
    }

    @Test
    void faultExample() {
        try (WxEmulator emulator = WxEmulator.start()) {
            emulator.control().inject(Fault.of("/cgi-bin/menu/create", FaultKind.BUSY, 2));
            assertThat(new TestHttp(emulator.baseUrl()).get("/emulator/faults").json().get(0).get("times").asInt())
                    .isEqualTo(2);
        }
    }
}
