package io.wxkit.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.V3Authorization;
import io.wxkit.core.internal.crypto.pay.V3SignedMessage;
import io.wxkit.core.internal.crypto.sm.Sm2PayKeys;
import java.security.KeyPair;
import java.security.SecureRandom;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The national-standard variant: SM2 merchant key signs requests, SM2 platform key signs responses. */
class Sm2SchemeTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void sm2MerchantSignsRequestsAndSm2PlatformResponsesVerify() throws Exception {
        SecureRandom random = new SecureRandom();
        KeyPair merchant = Sm2PayKeys.generateKeyPair(random);
        KeyPair platform = Sm2PayKeys.generateKeyPair(random);
        PaySigner platformSigner = Sm2PayKeys.signer(platform.getPrivate());
        String ts = Long.toString(PayTestKit.NOW.getEpochSecond());
        String body = PayTestKit.TRANSACTION_JSON;
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Wechatpay-Timestamp", ts).addHeader("Wechatpay-Nonce", "N1")
                .addHeader("Wechatpay-Serial", "PUB_KEY_ID_SM2").addHeader("Wechatpay-Signature-Type", Sm2PayKeys.SCHEME)
                .addHeader("Wechatpay-Signature", platformSigner.sign(V3SignedMessage.message(ts, "N1", body))).body(body).build());

        WxPay pay = WxPay.builder().mchId(PayTestKit.MCH_ID).appId(PayTestKit.APP_ID)
                .merchantKey(PayTestKit.pem("PRIVATE KEY", merchant.getPrivate().getEncoded()), "SM2SERIAL01")
                .apiV3Key(PayTestKit.API_V3_KEY)
                .platformPublicKey("PUB_KEY_ID_SM2", PayTestKit.pem("PUBLIC KEY", platform.getPublic().getEncoded()))
                .baseUrl(server.url("/").toString()).clock(new PayTestKit().clock).build();
        assertThat(pay.transactions().queryByOutTradeNo("1217752501201407033233368018").isPaid()).isTrue();

        RecordedRequest r = server.takeRequest();
        V3Authorization auth = V3Authorization.parse(r.getHeaders().get("Authorization"));
        assertThat(auth.scheme()).isEqualTo("WECHATPAY2-SM2-WITH-SM3");
        assertThat(auth.serialNo()).isEqualTo("SM2SERIAL01");
        String message = V3Authorization.message("GET", r.getTarget(), auth.timestamp(), auth.nonce(), "");
        assertThat(Sm2PayKeys.verifier(merchant.getPublic()).verify(message, auth.signature())).isTrue();
        assertThat(Sm2PayKeys.verifier(platform.getPublic()).verify(message, auth.signature())).isFalse();
    }
}
