package io.wxkit.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.fault.Fault;
import io.wxkit.emulator.fault.FaultKind;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@WxEmulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WxEmulatorExtensionTest {
    WxEmulator emulator;
    private static int firstPort;

    @Test
    @Order(1)
    void injectsARunningEmulatorIntoFieldsAndParameters(WxEmulator parameter) {
        assertThat(emulator).isSameAs(parameter);
        firstPort = emulator.port();
        emulator.control().account("wx1", "s", "tok123", null, null, CallbackMode.PLAIN);
        String openid = emulator.control().user("wx1", "Alice").openid();
        assertThat(emulator.control().follow(openid).error()).contains("no callbackUrl");
        assertThat(new TestHttp(emulator.baseUrl()).get("/emulator/users/" + openid).json().get("subscribed")
                .asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void sharesOneEmulatorPerClassAndResetsItBeforeEachTest() {
        assertThat(emulator.port()).isEqualTo(firstPort);
        assertThat(new TestHttp(emulator.baseUrl()).get("/emulator/accounts").body()).isEqualTo("[]");
    }

    @Test
    @Order(3)
    void faultsCanBeInjectedFromJava() {
        TestHttp http = new TestHttp(emulator.baseUrl());
        http.accountWithToken("wx1");
        emulator.control().inject(Fault.of("/cgi-bin/token", FaultKind.BUSY, 1));
        assertThat(http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=sec-wx1").json()
                .get("errcode").asInt()).isEqualTo(-1);
    }

    @Nested
    class NestedTests {
        @Test
        void nestedClassesSeeTheSameEmulator(WxEmulator parameter) {
            assertThat(parameter.port()).isEqualTo(emulator.port());
        }
    }
}
