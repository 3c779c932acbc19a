package io.wxkit.benchmarks.incumbents;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.benchmarks.shared.Answers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The incumbents' side in smoke mode: every benchmark method once after setup, its answer checked. */
class IncumbentsSmokeTest {
    private static WxJavaSideBySide wxJava;
    private static WechatpayJavaSideBySide wechatpayJava;

    @BeforeAll
    static void prepare() throws Exception {
        wxJava = new WxJavaSideBySide();
        wxJava.prepare();
        wechatpayJava = new WechatpayJavaSideBySide();
        wechatpayJava.prepare();
    }

    @Test
    void wxJavaAnswersEveryPathRightly() throws Exception {
        Answers.safeReply(wxJava.safeCallback(), null);
        Answers.plainReply(wxJava.plainCallback(), null);
        assertThat(wxJava.paymentNotification().getResult().getAmount().getTotal()).isEqualTo(100);
        Answers.v2Sign(wxJava.v2SignMd5(), false);
        Answers.v2Sign(wxJava.v2SignHmacSha256(), true);
        Answers.templateJson(new String(wxJava.templateJson(), StandardCharsets.UTF_8));
        WxJavaSideBySide.Tokens tokens = new WxJavaSideBySide.Tokens();
        tokens.cacheOneToken();
        Answers.token(wxJava.token1Thread(tokens));
        Answers.token(wxJava.token32Threads(tokens));
    }

    @Test
    void wechatpayJavaVerifiesAndDecryptsTheNotification() {
        assertThat(wechatpayJava.paymentNotification().getAmount().getTotal()).isEqualTo(100);
    }
}
