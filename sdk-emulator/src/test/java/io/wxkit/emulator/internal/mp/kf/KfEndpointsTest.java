package io.wxkit.emulator.internal.mp.kf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customer-service accounts, sessions and chat records: request → answer, WeChat's errcodes included. */
class KfEndpointsTest {
    private static final String KF = "alice@gh_test";
    private WxEmulator emulator;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        token = http.accountWithToken("wx1");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode post(String path, String body) {
        return http.post(path + (path.contains("?") ? "&" : "?") + "access_token=" + token, body).json();
    }

    private JsonNode get(String path) {
        return http.get(path + (path.contains("?") ? "&" : "?") + "access_token=" + token).json();
    }

    private String follower() {
        String openid = http.post("/emulator/users", "{\"appId\":\"wx1\",\"nickname\":\"Bob\"}").json()
                .get("openid").asText();
        http.post("/emulator/users/" + openid + "/follow", "{}");
        return openid;
    }

    private void onlineWorker() {
        post("/customservice/kfaccount/add", "{\"kf_account\":\"" + KF + "\",\"nickname\":\"Alice\"}");
        post("/customservice/kfaccount/inviteworker", "{\"kf_account\":\"" + KF + "\",\"invite_wx\":\"alice_wx\"}");
        http.post("/emulator/accounts/wx1/kf-accounts/" + KF + "/invitation", "{\"accept\":true}");
        http.post("/emulator/accounts/wx1/kf-accounts/" + KF + "/online", "{\"online\":true}");
    }

    @Test
    void anAddedAccountIsListedUpdatedAndDeleted() {
        assertThat(post("/customservice/kfaccount/add", "{\"kf_account\":\"" + KF + "\",\"nickname\":\"Alice\"}")
                .get("errcode").asInt()).isZero();
        JsonNode list = get("/cgi-bin/customservice/getkflist").get("kf_list");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("kf_account").asText()).isEqualTo(KF);
        assertThat(list.get(0).get("kf_nick").asText()).isEqualTo("Alice");
        assertThat(list.get(0).get("kf_id").asText()).isEqualTo("1001");
        post("/customservice/kfaccount/update", "{\"kf_account\":\"" + KF + "\",\"nickname\":\"Alice L\"}");
        assertThat(get("/cgi-bin/customservice/getkflist").get("kf_list").get(0).get("kf_nick").asText())
                .isEqualTo("Alice L");
        assertThat(get("/customservice/kfaccount/del?kf_account=" + KF).get("errcode").asInt()).isZero();
        assertThat(get("/cgi-bin/customservice/getkflist").get("kf_list")).isEmpty();
    }

    @Test
    void badAccountsAnswerTheDocumentedErrcodes() {
        assertThat(post("/customservice/kfaccount/add", "{\"kf_account\":\"no-at-sign\",\"nickname\":\"A\"}")
                .get("errcode").asInt()).isEqualTo(65404);
        assertThat(post("/customservice/kfaccount/add", "{\"kf_account\":\"" + KF + "\",\"nickname\":\""
                + "n".repeat(17) + "\"}").get("errcode").asInt()).isEqualTo(65403);
        post("/customservice/kfaccount/add", "{\"kf_account\":\"" + KF + "\",\"nickname\":\"Alice\"}");
        assertThat(post("/customservice/kfaccount/add", "{\"kf_account\":\"" + KF + "\",\"nickname\":\"Alice\"}")
                .get("errcode").asInt()).isEqualTo(65406);
        assertThat(post("/customservice/kfaccount/update", "{\"kf_account\":\"bob@gh_test\",\"nickname\":\"B\"}")
                .get("errcode").asInt()).isEqualTo(65401);
        assertThat(http.get("/cgi-bin/customservice/getkflist").json().get("errcode").asInt()).isEqualTo(41001);
    }

    @Test
    void anInvitationWaitsThenBindsTheWorker() {
        post("/customservice/kfaccount/add", "{\"kf_account\":\"" + KF + "\",\"nickname\":\"Alice\"}");
        assertThat(post("/customservice/kfaccount/inviteworker", "{\"kf_account\":\"" + KF
                + "\",\"invite_wx\":\"alice_wx\"}").get("errcode").asInt()).isZero();
        JsonNode kf = get("/cgi-bin/customservice/getkflist").get("kf_list").get(0);
        assertThat(kf.get("invite_wx").asText()).isEqualTo("alice_wx");
        assertThat(kf.get("invite_status").asText()).isEqualTo("waiting");
        assertThat(kf.get("invite_expire_time").asLong()).isGreaterThan(Instant.now().getEpochSecond());
        assertThat(post("/customservice/kfaccount/inviteworker", "{\"kf_account\":\"" + KF
                + "\",\"invite_wx\":\"other_wx\"}").get("errcode").asInt()).isEqualTo(65411);
        http.post("/emulator/accounts/wx1/kf-accounts/" + KF + "/invitation", "{\"accept\":true}");
        assertThat(get("/cgi-bin/customservice/getkflist").get("kf_list").get(0).get("kf_wx").asText())
                .isEqualTo("alice_wx");
        assertThat(post("/customservice/kfaccount/inviteworker", "{\"kf_account\":\"" + KF
                + "\",\"invite_wx\":\"other_wx\"}").get("errcode").asInt()).isEqualTo(65412);
        assertThat(get("/cgi-bin/customservice/getonlinekflist").get("kf_online_list")).isEmpty();
        http.post("/emulator/accounts/wx1/kf-accounts/" + KF + "/online", "{\"online\":true}");
        JsonNode online = get("/cgi-bin/customservice/getonlinekflist").get("kf_online_list").get(0);
        assertThat(online.get("kf_account").asText()).isEqualTo(KF);
        assertThat(online.get("status").asInt()).isEqualTo(1);
        assertThat(online.get("accepted_case").asInt()).isZero();
    }

    @Test
    void aHeadImageMustBeAJpgAndIsServedBack() {
        post("/customservice/kfaccount/add", "{\"kf_account\":\"" + KF + "\",\"nickname\":\"Alice\"}");
        assertThat(upload("head.png").get("errcode").asInt()).isEqualTo(40005);
        assertThat(upload("head.jpg").get("errcode").asInt()).isZero();
        String url = get("/cgi-bin/customservice/getkflist").get("kf_list").get(0).get("kf_headimgurl").asText();
        assertThat(http.get(url.substring(emulator.baseUrl().length())).body()).isEqualTo("JPEGDATA");
    }

    private JsonNode upload(String filename) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + filename
                + "\"\r\nContent-Type: image/jpeg\r\n\r\nJPEGDATA\r\n--b--\r\n";
        return http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                        + "/customservice/kfaccount/uploadheadimg?kf_account=" + KF + "&access_token=" + token))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))).json();
    }

    @Test
    void aTransferredUserWaitsUntilAWorkerTakesTheSession() {
        onlineWorker();
        String openid = follower();
        assertThat(post("/customservice/kfsession/create", "{\"kf_account\":\"bob@gh_test\",\"openid\":\"" + openid
                + "\"}").get("errcode").asInt()).isEqualTo(65401);
        assertThat(post("/customservice/kfsession/create", "{\"kf_account\":\"" + KF + "\",\"openid\":\"" + openid
                + "\"}").get("errcode").asInt()).isZero();
        JsonNode session = get("/customservice/kfsession/getsession?openid=" + openid);
        assertThat(session.get("kf_account").asText()).isEqualTo(KF);
        assertThat(session.get("createtime").asLong()).isPositive();
        assertThat(get("/customservice/kfsession/getsessionlist?kf_account=" + KF).get("sessionlist").get(0)
                .get("openid").asText()).isEqualTo(openid);
        assertThat(get("/cgi-bin/customservice/getonlinekflist").get("kf_online_list").get(0)
                .get("accepted_case").asInt()).isEqualTo(1);
        post("/customservice/kfsession/close", "{\"kf_account\":\"" + KF + "\",\"openid\":\"" + openid + "\"}");
        assertThat(get("/customservice/kfsession/getsession?openid=" + openid).get("kf_account").asText()).isEmpty();
        assertThat(post("/customservice/kfsession/close", "{\"kf_account\":\"" + KF + "\",\"openid\":\"" + openid
                + "\"}").get("errcode").asInt()).isEqualTo(65413);
        assertThat(get("/customservice/kfsession/getwaitcase").get("count").asInt()).isZero();
    }

    @Test
    void aUserTheAppHandsToCustomerServiceWaitsInTheQueue() {
        try (FakeApp app = new FakeApp()) {
            app.answer(r -> new FakeApp.Response(200, "<xml><ToUserName><![CDATA[u]]></ToUserName><FromUserName>"
                    + "<![CDATA[gh]]></FromUserName><CreateTime>1</CreateTime><MsgType>"
                    + "<![CDATA[transfer_customer_service]]></MsgType></xml>"));
            http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"sec-wx1\",\"token\":\"tok123\","
                    + "\"mode\":\"plain\",\"callbackUrl\":\"" + app.url("/wx") + "\"}");
            onlineWorker();
            String openid = follower();
            http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"text\",\"content\":\"help\"}");
            JsonNode wait = get("/customservice/kfsession/getwaitcase");
            assertThat(wait.get("count").asInt()).isEqualTo(1);
            assertThat(wait.get("waitcaselist").get(0).get("openid").asText()).isEqualTo(openid);
            assertThat(wait.get("waitcaselist").get(0).get("latest_time").asLong()).isPositive();
            post("/customservice/kfsession/create", "{\"kf_account\":\"" + KF + "\",\"openid\":\"" + openid
                    + "\"}");
            assertThat(get("/customservice/kfsession/getwaitcase").get("count").asInt()).isZero();
        }
    }

    @Test
    void anOfflineWorkerCannotTakeASession() {
        post("/customservice/kfaccount/add", "{\"kf_account\":\"" + KF + "\",\"nickname\":\"Alice\"}");
        String openid = follower();
        assertThat(post("/customservice/kfsession/create", "{\"kf_account\":\"" + KF + "\",\"openid\":\"" + openid
                + "\"}").get("errcode").asInt()).isEqualTo(65415);
    }

    @Test
    void theChatRecordHoldsWhatTheWorkerAndTheUserSaidInTheSession() {
        onlineWorker();
        String openid = follower();
        http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"text\",\"content\":\"before\"}");
        post("/customservice/kfsession/create", "{\"kf_account\":\"" + KF + "\",\"openid\":\"" + openid + "\"}");
        http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"text\",\"content\":\"where is it?\"}");
        post("/cgi-bin/message/custom/send", "{\"touser\":\"" + openid
                + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"on its way\"}}");
        long now = Instant.now().getEpochSecond();
        JsonNode page = post("/customservice/msgrecord/getmsglist", "{\"starttime\":" + (now - 600) + ",\"endtime\":"
                + (now + 60) + ",\"msgid\":1,\"number\":10}");
        JsonNode list = page.get("recordlist");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("opercode").asInt()).isEqualTo(2003);
        assertThat(list.get(0).get("text").asText()).isEqualTo("where is it?");
        assertThat(list.get(1).get("opercode").asInt()).isEqualTo(2002);
        assertThat(list.get(1).get("worker").asText()).isEqualTo(KF);
        assertThat(page.get("number").asInt()).isEqualTo(2);
        assertThat(page.get("msgid").asInt()).isEqualTo(3);
        assertThat(post("/customservice/msgrecord/getmsglist", "{\"starttime\":" + (now - 90_000) + ",\"endtime\":"
                + now + ",\"msgid\":1,\"number\":10}").get("errcode").asInt()).isEqualTo(65417);
        assertThat(post("/customservice/msgrecord/getmsglist", "{\"starttime\":" + now + ",\"endtime\":" + now
                + ",\"msgid\":1,\"number\":10001}").get("errcode").asInt()).isEqualTo(65416);
    }
}
