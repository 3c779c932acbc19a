package io.wxkit.pay.payment;

import static io.wxkit.pay.PayTestKit.APP_ID;
import static io.wxkit.pay.PayTestKit.MCH_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.internal.crypto.pay.FrontEndPaySign;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.core.internal.crypto.pem.Pem;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class PrepayApiTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();
    final PayVerifier merchant = PayVerifier.rsa(Pem.publicKey(PayTestKit.shared("vectors/keys/TEST-ONLY-merchant-apiclient_pub.pem")));

    @Test
    void jsapiPrepaySendsTheExactSignedOrderAndReturnsSignedFrontEndParams() throws Exception {
        server.enqueue(kit.signed(200, "{\"prepay_id\":\"wx26112221580621e9b071c00d9e093b0000\"}"));
        WxPay pay = kit.builder(server).build();

        JsapiPayParams p = pay.jsapi().prepay(Order.of("T20231115001", "Ticket", 990, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
                .notifyUrl("https://example.com/notify").attach("seat 12").timeExpire(Instant.parse("2023-11-15T10:00:00Z")));

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/v3/pay/transactions/jsapi");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.getHeaders().get("Wechatpay-Serial")).isNull();
        assertThat(r.getBody().utf8()).isEqualTo("{\"appid\":\"" + APP_ID + "\",\"mchid\":\"" + MCH_ID + "\",\"description\":\"Ticket\","
                + "\"out_trade_no\":\"T20231115001\",\"time_expire\":\"2023-11-15T18:00:00+08:00\",\"attach\":\"seat 12\","
                + "\"notify_url\":\"https://example.com/notify\",\"amount\":{\"total\":990,\"currency\":\"CNY\"},"
                + "\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"}}");
        assertThat(PayTestKit.assertSignedByMerchant(r).timestamp()).isEqualTo("1700000000");

        assertThat(p.appId()).isEqualTo(APP_ID);
        assertThat(p.timeStamp()).isEqualTo("1700000000");
        assertThat(p.packageValue()).isEqualTo("prepay_id=wx26112221580621e9b071c00d9e093b0000");
        assertThat(p.prepayId()).isEqualTo("wx26112221580621e9b071c00d9e093b0000");
        assertThat(p.signType()).isEqualTo("RSA");
        assertThat(p.nonceStr()).matches("[0-9A-F]{32}");
        assertThat(merchant.verify(FrontEndPaySign.jsapiMessage(p.appId(), p.timeStamp(), p.nonceStr(), p.packageValue()), p.paySign())).isTrue();
        assertThat(p.toMap()).containsOnlyKeys("appId", "timeStamp", "nonceStr", "package", "signType", "paySign");
    }

    @Test
    void defaultNotifyUrlIsUsedWhenTheOrderHasNone() throws Exception {
        server.enqueue(kit.signed(200, "{\"prepay_id\":\"wx1\"}"));
        kit.builder(server).build().jsapi().prepay(Order.of("T20231115002", "Ticket", 1, "openid"));
        assertThat(server.takeRequest().getBody().utf8()).contains("\"notify_url\":\"https://example.com/pay/notify\"");
    }

    @Test
    void nativePrepayReturnsTheCodeUrl() throws Exception {
        server.enqueue(kit.signed(200, "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}"));
        String url = kit.builder(server).build().nativePay().prepay(Order.of("N20231115001", "QR", 100));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getTarget()).isEqualTo("/v3/pay/transactions/native");
        assertThat(r.getBody().utf8()).isEqualTo("{\"appid\":\"" + APP_ID + "\",\"mchid\":\"" + MCH_ID + "\",\"description\":\"QR\","
                + "\"out_trade_no\":\"N20231115001\",\"notify_url\":\"https://example.com/pay/notify\",\"amount\":{\"total\":100,\"currency\":\"CNY\"}}");
        PayTestKit.assertSignedByMerchant(r);
        assertThat(url).isEqualTo("weixin://wxpay/bizpayurl?pr=p4lpSuKzz");
    }

    @Test
    void h5PrepaySendsSceneInfoAndReturnsTheH5Url() throws Exception {
        server.enqueue(kit.signed(200, "{\"h5_url\":\"https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1&package=1\"}"));
        String url = kit.builder(server).build().h5().prepay(Order.of("H20231115001", "H5", 100).payerClientIp("14.23.150.211"));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getTarget()).isEqualTo("/v3/pay/transactions/h5");
        assertThat(r.getBody().utf8()).endsWith("\"amount\":{\"total\":100,\"currency\":\"CNY\"},"
                + "\"scene_info\":{\"payer_client_ip\":\"14.23.150.211\",\"h5_info\":{\"type\":\"Wap\"}}}");
        PayTestKit.assertSignedByMerchant(r);
        assertThat(url).startsWith("https://wx.tenpay.com/");
        assertThatThrownBy(() -> kit.builder(server).build().h5().prepay(Order.of("H20231115002", "H5", 100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appPrepayReturnsSignedPayReqFields() throws Exception {
        server.enqueue(kit.signed(200, "{\"prepay_id\":\"wx201410272009395522657a690389285100\"}"));
        AppPayParams p = kit.builder(server).build().app().prepay(Order.of("A20231115001", "App", 100));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getTarget()).isEqualTo("/v3/pay/transactions/app");
        PayTestKit.assertSignedByMerchant(r);
        assertThat(p.partnerId()).isEqualTo(MCH_ID);
        assertThat(p.packageValue()).isEqualTo("Sign=WXPay");
        assertThat(merchant.verify(FrontEndPaySign.appMessage(APP_ID, p.timestamp(), p.nonceStr(), p.prepayId()), p.sign())).isTrue();
    }

    @Test
    void documentedErrorBodyBecomesWxPayExceptionWithRequestId() {
        server.enqueue(kit.signed(400, "{\"code\":\"PARAM_ERROR\",\"message\":\"参数错误\",\"detail\":{\"field\":\"/amount/total\",\"issue\":\"must be positive\"}}"));
        WxPay pay = kit.builder(server).build();
        assertThatThrownBy(() -> pay.jsapi().prepay(Order.of("T20231115003", "Ticket", 1, "openid")))
                .isInstanceOfSatisfying(WxPayException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("PARAM_ERROR");
                    assertThat(e.getMessage()).contains("参数错误").contains("POST /v3/pay/transactions/jsapi");
                    assertThat(e.detail()).isEqualTo("{\"field\":\"/amount/total\",\"issue\":\"must be positive\"}");
                    assertThat(e.requestId()).isEqualTo("08F78BB5AF0610D302E64E7E5C2E94C2");
                    assertThat(e.isRetryable()).isFalse();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void ordersAreValidatedBeforeAnyCall() {
        assertThatThrownBy(() -> Order.of("short", "x", 1, "o")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.of("T20231115004", "x", 0, "o")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.of("T20231115004", "", 1, "o")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kit.builder(server).build().jsapi().prepay(Order.of("T20231115004", "x", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openid");
    }
}
