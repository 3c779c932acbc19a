package io.wxkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.benchmarks.shared.Answers;
import io.wxkit.benchmarks.shared.Inputs;
import io.wxkit.benchmarks.shared.WechatSide;
import io.wxkit.benchmarks.sidebyside.JdkFloorSideBySide;
import io.wxkit.benchmarks.sidebyside.WxkitSideBySide;
import io.wxkit.pay.notification.PaymentNotification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seconds-long smoke mode of the side-by-side benchmarks: each benchmark method once more after
 * its setup (which already checks every answer), its result checked again, so that the benchmarks
 * cannot rot while the full runs stay out of CI.
 */
class SideBySideSmokeTest {
    private static WxkitSideBySide wxkit;
    private static JdkFloorSideBySide floor;

    @BeforeAll
    static void prepare() {
        wxkit = new WxkitSideBySide();
        wxkit.prepare();
        floor = new JdkFloorSideBySide();
        floor.prepare();
    }

    @AfterAll
    static void close() {
        wxkit.close();
    }

    @Test
    void wxkitAnswersEveryPathRightly() {
        Answers.safeReply(wxkit.safeCallback(), null);
        Answers.plainReply(wxkit.plainCallback(), null);
        PaymentNotification n = wxkit.paymentNotification();
        assertThat(n.isPaid()).isTrue();
        assertThat(n.totalFen()).isEqualTo(100);
        Answers.v2Sign(wxkit.v2SignMd5(), false);
        Answers.v2Sign(wxkit.v2SignHmacSha256(), true);
        Answers.templateJson(new String(wxkit.templateJson(), StandardCharsets.UTF_8));
        WxkitSideBySide.Tokens tokens = new WxkitSideBySide.Tokens();
        tokens.cacheOneToken();
        Answers.token(wxkit.token1Thread(tokens));
        Answers.token(wxkit.token8Threads(tokens));
        Answers.token(wxkit.token32Threads(tokens));
    }

    @Test
    void theJdkFloorAnswersEveryPathRightly() {
        Answers.safeReply(floor.safeCallback(), null);
        Answers.plainReply(floor.plainCallback(), null);
        assertThat(floor.paymentNotification().total()).isEqualTo(100);
        Answers.v2Sign(floor.v2SignMd5(), false);
        Answers.v2Sign(floor.v2SignHmacSha256(), true);
        Answers.templateJson(new String(floor.templateJson(), StandardCharsets.UTF_8));
        JdkFloorSideBySide.Tokens tokens = new JdkFloorSideBySide.Tokens();
        tokens.cacheOneToken();
        Answers.token(floor.token1Thread(tokens));
        Answers.token(floor.token32Threads(tokens));
    }

    @Test
    void theChecksRejectWrongAnswers() {
        assertThatThrownBy(() -> Answers.plainReply("<xml><Content>success</Content></xml>", null))
                .isInstanceOf(IllegalStateException.class);
        String safe = wxkit.safeCallback();
        String tampered = safe.replaceFirst("<TimeStamp>\\d+", "<TimeStamp>1");
        assertThatThrownBy(() -> Answers.safeReply(tampered, null)).hasMessageContaining("msg_signature");
        assertThatThrownBy(() -> Answers.v2Sign("0".repeat(32), false)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Answers.templateJson("{\"touser\":\"" + Inputs.OPENID + "\"}")).hasMessageContaining("template_id");
        assertThatThrownBy(() -> Answers.token("T")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePoolsHoldDistinctMessagesSignedLikeWechat() {
        WechatSide.Callback[] safe = WechatSide.callbacks(true);
        assertThat(safe).hasSize(Inputs.POOL);
        assertThat(java.util.Arrays.stream(safe).map(c -> c.param("nonce")).distinct().count()).isEqualTo(Inputs.POOL);
        WechatSide.Callback c = safe[7];
        assertThat(c.param("msg_signature"))
                .isEqualTo(WechatSide.sha1Sorted(Inputs.TOKEN, c.param("timestamp"), c.param("nonce"), c.encrypt()));
        assertThat(Inputs.textMessage(7).getBytes(StandardCharsets.UTF_8).length).isBetween(300, 360);
    }

    @Test
    void theExistingBenchmarksStillRun() throws Exception {
        for (String mode : new String[] {"plain", "safe"}) {
            CallbackBenchmark callbacks = new CallbackBenchmark();
            callbacks.mode = mode;
            callbacks.prepare();
            assertThat(callbacks.handle().body()).contains(mode.equals("safe") ? "<Encrypt>" : "Your order ships today");
            assertThat(callbacks.protocolOnly()).isNotNull();
        }
        PaymentNotificationBenchmark pay = new PaymentNotificationBenchmark();
        pay.signAndEncryptOneNotification();
        assertThat(pay.parsePayment().isPaid()).isTrue();
        assertThat(pay.rsaVerificationOnly()).isTrue();
        pay.close();
        AccessTokenBenchmark token = new AccessTokenBenchmark();
        token.cacheOneToken();
        assertThat(token.cachedToken()).isEqualTo("T");
    }
}
