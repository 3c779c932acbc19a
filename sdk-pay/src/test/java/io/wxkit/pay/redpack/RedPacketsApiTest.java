package io.wxkit.pay.redpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.core.internal.crypto.pay.V2SignType;
import io.wxkit.core.internal.crypto.pay.V2Signature;
import io.wxkit.core.xml.XmlCodec;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** v2 red packets over mutual TLS against a local HTTPS MockWebServer that requires a client certificate. */
class RedPacketsApiTest {
    static final String KEY = "192006250b4c09247ec02edce69f6a2d";
    static final String MCH_ID = "10000098";
    static final String APP_ID = "wx8888888888888888";
    static final HeldCertificate CA = new HeldCertificate.Builder().certificateAuthority(0).build();
    static final HeldCertificate CLIENT = new HeldCertificate.Builder().signedBy(CA).commonName(MCH_ID).build();

    final MockWebServer server = new MockWebServer();
    final XmlCodec xml = XmlCodec.create();

    @BeforeEach
    void startTls() throws Exception {
        HeldCertificate serverCert = new HeldCertificate.Builder().signedBy(CA)
                .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1")
                .addSubjectAlternativeName(java.net.InetAddress.getByName("localhost").getCanonicalHostName()).build();
        HandshakeCertificates serverHs = new HandshakeCertificates.Builder().heldCertificate(serverCert)
                .addTrustedCertificate(CA.certificate()).build();
        server.useHttps(serverHs.sslSocketFactory());
        server.requireClientAuth();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static byte[] pkcs12(HeldCertificate held, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("apiclient", held.keyPair().getPrivate(), password.toCharArray(), new Certificate[] {held.certificate(), CA.certificate()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.store(out, password.toCharArray());
        return out.toByteArray();
    }

    WxPay pay(HeldCertificate client) throws Exception {
        return new PayTestKit().builder(server).mchId(MCH_ID).appId(APP_ID)
                .apiV2Key(KEY).merchantCertificate(pkcs12(client, MCH_ID)) // password = mch_id by default
                .tlsTrustManager(new HandshakeCertificates.Builder().addTrustedCertificate(CA.certificate()).build().trustManager())
                .redPacketRetryInterval(Duration.ZERO)
                .httpClient(new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).build()).build();
    }

    static JsonNode vector(String id) throws Exception {
        for (JsonNode v : new ObjectMapper().readTree(PayTestKit.shared("vectors/vectors.json"))) {
            if (v.get("id").asText().equals(id)) {
                return v;
            }
        }
        throw new IllegalStateException(id);
    }

    static RedPacket vectorPacket() throws Exception {
        JsonNode p = vector("pay-v2-redpack-request").at("/inputs/params");
        return RedPacket.of(p.get("mch_billno").asText(), p.get("send_name").asText(), p.get("re_openid").asText(),
                        p.get("total_amount").asLong(), p.get("wishing").asText(), p.get("act_name").asText(), p.get("remark").asText())
                .clientIp(p.get("client_ip").asText()).sceneId(p.get("scene_id").asText()).riskInfo(p.get("risk_info").asText());
    }

    @SuppressWarnings("unchecked")
    Map<String, String> fields(RecordedRequest r) {
        return new HashMap<>(xml.read(r.getBody().utf8(), Map.class));
    }

    MockResponse xmlAnswer(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/xml").body(body).build();
    }

    @Test
    void sendPostsTheVectorFieldsSignedWithMd5OverMutualTls() throws Exception {
        server.enqueue(xmlAnswer(vector("pay-v2-redpack-response-success").at("/inputs/response_xml").asText()));
        RedPacketResult r = pay(CLIENT).redPackets().send(vectorPacket());

        RecordedRequest req = server.takeRequest();
        assertThat(req.getHandshake().peerCertificates()).isNotEmpty(); // the merchant certificate was presented
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(req.getTarget()).isEqualTo("/mmpaymkttransfers/sendredpack");
        Map<String, String> sent = fields(req);
        Map<String, String> expected = new HashMap<>();
        vector("pay-v2-redpack-request").at("/inputs/params").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
        expected.put("nonce_str", sent.get("nonce_str"));
        expected.put("sign", sent.get("sign"));
        assertThat(sent).isEqualTo(expected);
        assertThat(V2Signature.verify(sent, KEY, V2SignType.MD5)).isTrue();
        assertThat(req.getBody().utf8()).contains("<send_name><![CDATA[天虹百货]]></send_name>");

        assertThat(r.outcome()).isEqualTo(RedPacketResult.Outcome.SENT);
        assertThat(r.sendListId()).isEqualTo("100000000020150520314766074200");
        assertThat(r.totalAmountFen()).isEqualTo(1);
    }

    @Test
    void systemBusyIsQueriedThenResentWithTheSameBillNumber() throws Exception {
        server.enqueue(xmlAnswer(vector("pay-v2-redpack-response-fail").at("/inputs/response_xml").asText()));
        server.enqueue(xmlAnswer("<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]></result_code>"
                + "<err_code><![CDATA[NOT_FOUND]]></err_code><err_code_des><![CDATA[指定单号数据不存在]]></err_code_des></xml>"));
        server.enqueue(xmlAnswer(vector("pay-v2-redpack-response-success").at("/inputs/response_xml").asText()));
        RedPacketResult r = pay(CLIENT).redPackets().send(vectorPacket());

        RecordedRequest first = server.takeRequest();
        RecordedRequest query = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(query.getTarget()).isEqualTo("/mmpaymkttransfers/gethbinfo");
        assertThat(fields(query)).containsEntry("bill_type", "MCHT").containsEntry("mch_billno", "10000098201411111234567890")
                .containsEntry("appid", APP_ID).containsEntry("mch_id", MCH_ID);
        assertThat(V2Signature.verify(fields(query), KEY, V2SignType.MD5)).isTrue();
        assertThat(second.getTarget()).isEqualTo("/mmpaymkttransfers/sendredpack");
        assertThat(fields(second).get("mch_billno")).isEqualTo(fields(first).get("mch_billno"));
        assertThat(r.outcome()).isEqualTo(RedPacketResult.Outcome.SENT);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void anUnknownAnswerForAPacketThatWasSentIsNotResent() throws Exception {
        server.enqueue(xmlAnswer("<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]></result_code>"
                + "<err_code><![CDATA[SYSTEMERROR]]></err_code></xml>"));
        server.enqueue(xmlAnswer("<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[SUCCESS]]></result_code>"
                + "<mch_billno><![CDATA[10000098201411111234567890]]></mch_billno><detail_id><![CDATA[1000000000201503283103439304]]></detail_id>"
                + "<status><![CDATA[RECEIVED]]></status><hb_type><![CDATA[NORMAL]]></hb_type><total_num>1</total_num><total_amount>1000</total_amount>"
                + "<hblist><hbinfo><openid><![CDATA[oxTWIuGaIt6gTKsQRLau2M0yL16E]]></openid><amount>1000</amount>"
                + "<rcv_time><![CDATA[2015-04-21 20:00:00]]></rcv_time></hbinfo></hblist></xml>"));
        RedPacketResult r = pay(CLIENT).redPackets().send(vectorPacket());
        assertThat(r.outcome()).isEqualTo(RedPacketResult.Outcome.SENT);
        assertThat(r.sendListId()).isEqualTo("1000000000201503283103439304");
        assertThat(server.getRequestCount()).isEqualTo(2); // send + query, never a second send
    }

    @Test
    void queryParsesTheReceivers() throws Exception {
        server.enqueue(xmlAnswer("<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[SUCCESS]]></result_code>"
                + "<status><![CDATA[RECEIVED]]></status><hb_type><![CDATA[GROUP]]></hb_type><total_num>2</total_num><total_amount>300</total_amount>"
                + "<hblist><hbinfo><openid><![CDATA[o1]]></openid><amount>100</amount><rcv_time><![CDATA[2015-04-21 20:00:00]]></rcv_time></hbinfo>"
                + "<hbinfo><openid><![CDATA[o2]]></openid><amount>200</amount><rcv_time><![CDATA[2015-04-21 20:00:01]]></rcv_time></hbinfo></hblist></xml>"));
        RedPacketInfo info = pay(CLIENT).redPackets().query("10000098201411111234567890");
        assertThat(info.wasSent()).isTrue();
        assertThat(info.receivers()).extracting(RedPacketInfo.Receiver::openid, RedPacketInfo.Receiver::amountFen)
                .containsExactly(org.assertj.core.api.Assertions.tuple("o1", 100L), org.assertj.core.api.Assertions.tuple("o2", 200L));
    }

    @Test
    void definitiveFailuresAreNotRetried() throws Exception {
        server.enqueue(xmlAnswer("<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]></result_code>"
                + "<err_code><![CDATA[NOTENOUGH]]></err_code><err_code_des><![CDATA[余额不足]]></err_code_des></xml>"));
        RedPacketResult r = pay(CLIENT).redPackets().send(vectorPacket());
        assertThat(r.outcome()).isEqualTo(RedPacketResult.Outcome.FAILED);
        assertThat(r.errCode()).isEqualTo("NOTENOUGH");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void stillUnknownAfterTheBudgetIsReportedAsUnknown() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(xmlAnswer("<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]></result_code>"
                    + "<err_code><![CDATA[PROCESSING]]></err_code></xml>"));
            server.enqueue(xmlAnswer("<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[SUCCESS]]></result_code>"
                    + "<status><![CDATA[FAILED]]></status></xml>"));
        }
        RedPacketResult r = pay(CLIENT).redPackets().send(vectorPacket());
        assertThat(r.outcome()).isEqualTo(RedPacketResult.Outcome.UNKNOWN_RETRY_SAME_BILLNO);
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void groupPacketsUseAllRandAndNoClientIp() throws Exception {
        server.enqueue(xmlAnswer(vector("pay-v2-redpack-response-success").at("/inputs/response_xml").asText()));
        pay(CLIENT).redPackets().sendGroup(RedPacket.group("10000098201411111234567891", "天虹百货", "oxTWIuGaIt6gTKsQRLau2M0yL16E",
                3000, 3, "恭喜发财", "元宵", "快来抢"));
        RecordedRequest req = server.takeRequest();
        assertThat(req.getTarget()).isEqualTo("/mmpaymkttransfers/sendgroupredpack");
        assertThat(fields(req)).containsEntry("amt_type", "ALL_RAND").containsEntry("total_num", "3").doesNotContainKey("client_ip");
        assertThatThrownBy(() -> RedPacket.group("B", "s", "o", 100, 2, "w", "a", "r")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientCertificateTheServerDoesNotTrustIsRefused() throws Exception {
        HeldCertificate otherCa = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate stranger = new HeldCertificate.Builder().signedBy(otherCa).commonName(MCH_ID).build();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("apiclient", stranger.keyPair().getPrivate(), MCH_ID.toCharArray(), new Certificate[] {stranger.certificate()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.store(out, MCH_ID.toCharArray());
        WxPay pay = new PayTestKit().builder(server).mchId(MCH_ID).appId(APP_ID).apiV2Key(KEY).merchantCertificate(out.toByteArray())
                .tlsTrustManager(new HandshakeCertificates.Builder().addTrustedCertificate(CA.certificate()).build().trustManager())
                .httpClient(new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofSeconds(2)).retryOnConnectionFailure(false).build())
                .redPacketRetryInterval(Duration.ZERO).build();
        assertThatThrownBy(() -> pay.redPackets().query("10000098201411111234567890"))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("TRANSPORT_ERROR"));
    }

    @Test
    void wrongPkcs12PasswordFailsAtBuildTime() {
        assertThatThrownBy(() -> new PayTestKit().builder(server).mchId(MCH_ID).appId(APP_ID).apiV2Key(KEY)
                .merchantCertificate(pkcs12(CLIENT, "not-the-mch-id")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PKCS#12").hasMessageNotContaining("not-the-mch-id");
    }

    @Test
    void hostileXmlAnswersAreRefused() throws Exception {
        server.enqueue(xmlAnswer("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><return_code>&x;</return_code></xml>"));
        assertThatThrownBy(() -> pay(CLIENT).redPackets().query("10000098201411111234567890"))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED"));
    }

    @Test
    void outcomesFollowTheDocumentedCodes() {
        assertThat(new RedPacketResult("FAIL", null, "FAIL", "268458547", null, null, null, null, null, 0, null).outcome())
                .isEqualTo(RedPacketResult.Outcome.UNKNOWN_RETRY_SAME_BILLNO);
        assertThat(new RedPacketResult("SUCCESS", null, "FAIL", "SEND_FAILED", null, null, null, null, null, 0, null).outcome())
                .isEqualTo(RedPacketResult.Outcome.UNKNOWN_RETRY_SAME_BILLNO);
        assertThat(new RedPacketResult("SUCCESS", null, "FAIL", "SOME_NEW_CODE", null, null, null, null, null, 0, null).outcome())
                .isEqualTo(RedPacketResult.Outcome.UNKNOWN_RETRY_SAME_BILLNO);
        assertThat(List.of("OPENID_ERROR", "MONEY_LIMIT")).allSatisfy(code ->
                assertThat(new RedPacketResult("SUCCESS", null, "FAIL", code, null, null, null, null, null, 0, null).outcome())
                        .isEqualTo(RedPacketResult.Outcome.FAILED));
    }
}
