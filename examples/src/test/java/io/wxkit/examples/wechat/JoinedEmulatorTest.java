package io.wxkit.examples.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.examples.demo.DemoUsers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second instance joins the first one's emulator: it waits for the demo people only when it wants demo data
 * itself, so a first instance started with {@code examples.demo-data=false} does not hold the second one for the
 * whole join timeout.
 */
class JoinedEmulatorTest {
    private static final Map<String, String> ACCOUNTS = Map.of("service", "wxjoinedtest00001");

    @Test
    void withoutDemoDataItJoinsAnEmulatorThatHasTheAccountsButNoDemoUsers() {
        try (WxEmulator emulator = emulatorWithAccount()) {
            JoinedEmulator joined = JoinedEmulator.await(emulator.baseUrl(), ACCOUNTS, false, Duration.ofSeconds(5));

            assertThat(joined.baseUrl()).isEqualTo(trimmed(emulator.baseUrl()));
            assertThat(joined.platformPublicKeyPem()).contains("BEGIN PUBLIC KEY");
            assertThat(joined.platformPublicKeyId()).isEqualTo(emulator.control().platform().publicKeyId());
        }
    }

    @Test
    void withoutDemoDataItStillWaitsForTheAccounts() {
        try (WxEmulator emulator = WxEmulator.builder().port(0).start()) {
            assertThatThrownBy(() -> JoinedEmulator.await(emulator.baseUrl(), ACCOUNTS, false, Duration.ofMillis(600)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("did not show account wxjoinedtest00001");
        }
    }

    @Test
    void withDemoDataItWaitsForTheDemoUsersAndSaysWhatWasMissing() {
        try (WxEmulator emulator = emulatorWithAccount()) {
            assertThatThrownBy(() -> JoinedEmulator.await(emulator.baseUrl(), ACCOUNTS, true, Duration.ofMillis(600)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("demo user")
                    .hasMessageContaining("wxjoinedtest00001")
                    .hasMessageContaining("examples.demo-data=false");
        }
    }

    @Test
    void withDemoDataItJoinsOnceTheFirstInstanceHasCreatedThem() {
        try (WxEmulator emulator = emulatorWithAccount()) {
            DemoUsers created = DemoUsers.create(emulator.control(), ACCOUNTS);
            JoinedEmulator joined = JoinedEmulator.await(emulator.baseUrl(), ACCOUNTS, true, Duration.ofSeconds(5));

            assertThat(joined.demoUsers().of("service")).isNotEmpty().isEqualTo(created.of("service"));
        }
    }

    private static WxEmulator emulatorWithAccount() {
        WxEmulator emulator = WxEmulator.builder().port(0).start();
        emulator.control().account("wxjoinedtest00001", "secret-joined-test-0000000000000",
                "tokenjoined", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
                "http://127.0.0.1:1/wx/callback/service", CallbackMode.SAFE);
        return emulator;
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
