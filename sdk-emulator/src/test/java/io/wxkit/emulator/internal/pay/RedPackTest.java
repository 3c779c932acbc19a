package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.Vectors;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** v2 cash red packets over mutual TLS, with the TEST-ONLY merchant certificate as the client identity. */
class RedPackTest {
    private static final String KEY = "192006250b4c09247ec02edce69f6a2d";
    private WxEmulator emulator;
    private String openid;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        emulator.control().account("wx8888888888888888", "s", "tok123", null, null, CallbackMode.PLAIN);
        openid = emulator.control().user("wx8888888888888888", "Alice").openid();
        TestHttp http = new TestHttp(emulator.baseUrl());
        assertThat(http.post("/emulator/merchants", new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("mchId", "10000098").put("appId", "wx8888888888888888")
                .put("apiV3Key", "wxkitTestApiV3Key0123456789ABCDE").put("apiKey", KEY)
                .put("merchantCertificatePem", Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_cert.pem"))
                .toString()).status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** Test-side v2 MD5 signature: sorted non-empty k=v, &key=, MD5 upper hex. */
    static String md5Sign(Map<String, String> params, String key) throws Exception {
        String a = new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && !e.getKey().equals("sign"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        byte[] d = MessageDigest.getInstance("MD5").digest((a + "&key=" + key).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d).toUpperCase(Locale.ROOT);
    }

    static String xml(Map<String, String> p) {
        StringBuilder sb = new StringBuilder("<xml>");
        p.forEach((k, v) -> sb.append('<').append(k).append("><![CDATA[").append(v).append("]]></").append(k).append('>'));
        return sb.append("</xml>").toString();
    }

    private HttpClient mtls(boolean withClientCert) throws Exception {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        String serverPem = new TestHttp(emulator.baseUrl()).get("/emulator/pay/tls-certificate").json().get("pem").asText();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("emulator", cf.generateCertificate(new ByteArrayInputStream(serverPem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyStore client = KeyStore.getInstance("PKCS12");
        client.load(null, null);
        if (withClientCert) {
            X509Certificate cert = (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(
                    Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_cert.pem").getBytes(StandardCharsets.US_ASCII)));
            client.setKeyEntry("merchant", PaySigning.privateKey(Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_key.pem")),
                    "x".toCharArray(), new X509Certificate[] {cert});
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(client, "x".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ctx).build();
    }

    private String post(HttpClient client, String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(emulator.payTlsBaseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private Map<String, String> request(String billno) throws Exception {
        JsonNode v = Vectors.byId("pay-v2-redpack-request");
        Map<String, String> p = new TreeMap<>();
        v.get("inputs").get("params").fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
        p.put("re_openid", openid);
        p.put("mch_billno", billno);
        p.put("sign", md5Sign(p, KEY));
        return p;
    }

    @Test
    void theTestSignerReproducesTheSharedVector() throws Exception {
        JsonNode v = Vectors.byId("pay-v2-redpack-request");
        Map<String, String> p = new TreeMap<>();
        v.get("inputs").get("params").fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
        assertThat(md5Sign(p, v.get("inputs").get("key").asText())).isEqualTo(v.get("expected").get("sign").asText());
    }

    @Test
    void aSignedRequestOverMutualTlsSendsThePacketOnceAndTheUserReceivesIt() throws Exception {
        HttpClient client = mtls(true);
        String first = post(client, "/mmpaymkttransfers/sendredpack", xml(request("10000098201411111234567890")));
        assertThat(first).contains("<return_code><![CDATA[SUCCESS]]></return_code>")
                .contains("<result_code><![CDATA[SUCCESS]]></result_code>").contains("<send_listid>");
        String again = post(client, "/mmpaymkttransfers/sendredpack", xml(request("10000098201411111234567890")));
        assertThat(again).isEqualTo(first);
        assertThat(emulator.control().inbox(openid)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo("redpack"));
        Map<String, String> q = new TreeMap<>(Map.of("nonce_str", "abc", "mch_billno", "10000098201411111234567890",
                "mch_id", "10000098", "appid", "wx8888888888888888", "bill_type", "MCHT"));
        q.put("sign", md5Sign(q, KEY));
        assertThat(post(client, "/mmpaymkttransfers/gethbinfo", xml(q))).contains("<status><![CDATA[SENT]]></status>");
    }

    @Test
    void aBadSignatureUnknownOpenidOrPlainHttpFail() throws Exception {
        HttpClient client = mtls(true);
        Map<String, String> p = request("B1");
        p.put("sign", "0".repeat(32));
        assertThat(post(client, "/mmpaymkttransfers/sendredpack", xml(p))).contains("SIGN_ERROR");
        Map<String, String> stranger = request("B2");
        stranger.put("re_openid", "oNOBODY");
        stranger.put("sign", md5Sign(stranger, KEY));
        assertThat(post(client, "/mmpaymkttransfers/sendredpack", xml(stranger))).contains("OPENID_ERROR");
        assertThat(new TestHttp(emulator.baseUrl()).post("/mmpaymkttransfers/sendredpack", xml(request("B3"))).body())
                .contains("CA_ERROR");
    }

    @Test
    void aClientWithoutACertificateCannotConnect() throws Exception {
        HttpClient client = mtls(false);
        assertThatThrownBy(() -> post(client, "/mmpaymkttransfers/sendredpack", xml(request("B4"))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aGroupPacketSplitsIntoSharesThatTheReceiverAndFriendsOpen() throws Exception {
        HttpClient client = mtls(true);
        Map<String, String> p = request("GROUP1");
        p.remove("client_ip");
        p.put("total_num", "3");
        p.put("total_amount", "900");
        p.put("amt_type", "ALL_RAND");
        p.remove("scene_id");
        p.put("sign", md5Sign(p, KEY));
        String sent = post(client, "/mmpaymkttransfers/sendgroupredpack", xml(p));
        assertThat(sent).contains("<result_code><![CDATA[SUCCESS]]></result_code>").contains("<send_listid>");
        String bob = emulator.control().user("wx8888888888888888", "Bob").openid();
        String carol = emulator.control().user("wx8888888888888888", "Carol").openid();
        String dave = emulator.control().user("wx8888888888888888", "Dave").openid();
        long a = emulator.control().openRedPacket("GROUP1", openid);
        TestHttp http = new TestHttp(emulator.baseUrl());
        assertThat(http.post("/emulator/redpacks/GROUP1/open", "{\"openid\":\"" + openid + "\"}").status()).isEqualTo(409);
        long b = http.post("/emulator/redpacks/GROUP1/open", "{\"openid\":\"" + bob + "\"}").json().get("amountFen").asLong();
        JsonNode last = http.post("/emulator/redpacks/GROUP1/open", "{\"openid\":\"" + carol + "\"}").json();
        assertThat(a + b + last.get("amountFen").asLong()).isEqualTo(900);
        assertThat(List.of(a, b, last.get("amountFen").asLong())).allSatisfy(x -> assertThat(x).isGreaterThanOrEqualTo(100));
        assertThat(last.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(http.post("/emulator/redpacks/GROUP1/open", "{\"openid\":\"" + dave + "\"}").status()).isEqualTo(409);
        Map<String, String> q = new TreeMap<>(Map.of("nonce_str", "abc", "mch_billno", "GROUP1",
                "mch_id", "10000098", "appid", "wx8888888888888888", "bill_type", "MCHT"));
        q.put("sign", md5Sign(q, KEY));
        String info = post(client, "/mmpaymkttransfers/gethbinfo", xml(q));
        assertThat(info).contains("<status><![CDATA[RECEIVED]]></status>", "<hb_type><![CDATA[GROUP]]></hb_type>",
                "<total_num><![CDATA[3]]></total_num>", "<hblist>", "<openid><![CDATA[" + bob + "]]></openid>");
        assertThat(info.split("<hbinfo>", -1)).hasSize(4);
    }

    @Test
    void aNormalPacketIsOpenedByItsReceiverOnlyAndGroupRulesAreChecked() throws Exception {
        HttpClient client = mtls(true);
        post(client, "/mmpaymkttransfers/sendredpack", xml(request("NORMAL1")));
        String bob = emulator.control().user("wx8888888888888888", "Bob").openid();
        TestHttp http = new TestHttp(emulator.baseUrl());
        assertThat(http.post("/emulator/redpacks/NORMAL1/open", "{\"openid\":\"" + bob + "\"}").status()).isEqualTo(409);
        assertThat(emulator.control().openRedPacket("NORMAL1", openid)).isEqualTo(1000);
        assertThat(http.get("/emulator/redpacks/NORMAL1").json().get("status").asText()).isEqualTo("RECEIVED");
        Map<String, String> tooFew = request("GROUP2");
        tooFew.put("total_num", "2");
        tooFew.put("amt_type", "ALL_RAND");
        tooFew.put("sign", md5Sign(tooFew, KEY));
        assertThat(post(client, "/mmpaymkttransfers/sendgroupredpack", xml(tooFew))).contains("PARAM_ERROR");
        Map<String, String> noType = request("GROUP3");
        noType.put("total_num", "3");
        noType.put("sign", md5Sign(noType, KEY));
        assertThat(post(client, "/mmpaymkttransfers/sendgroupredpack", xml(noType))).contains("amt_type");
    }
}
