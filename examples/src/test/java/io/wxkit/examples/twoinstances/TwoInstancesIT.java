package io.wxkit.examples.twoinstances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.crypto.MessageCrypt;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.examples.demo.DemoUsers;
import io.wxkit.examples.wechat.EmbeddedWeChat;
import io.wxkit.examples.wechat.WeChatAccounts;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.VoteModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances behind one callback URL, for real (issue 21): PostgreSQL + Redis, A with the embedded emulator,
 * B joining it, both started at once on an empty database. Each message answered once, one access token, exact
 * votes, one redemption per SSO ticket, the demo seeded once.
 */
class TwoInstancesIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TwoInstances two;

    @BeforeAll
    static void start() {
        LocalServices.require("TwoInstancesIT");
        two = TwoInstances.start();
    }

    @AfterAll
    static void stop() {
        if (two != null) {
            two.close();
        }
    }

    @Test
    void demoSeededOnceThoughBothStartedTogether() {
        JdbcTemplate jdbc = two.b.getBean(JdbcTemplate.class);
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT name FROM examples_demo_seed GROUP BY name "
                + "HAVING COUNT(*) > 1) d", Integer.class));
        assertEquals(2, jdbc.queryForObject("SELECT COUNT(*) FROM examples_biz_client", Integer.class));
        long polls = two.a.getBean(VoteModule.class).polls().list(PageRequest.first(50)).items().size();
        assertEquals(2, polls, "the two demo polls, not four");
        // B knows the demo people by the openids A's emulator gave them
        DemoUsers inA = two.a.getBean(DemoUsers.class);
        DemoUsers inB = two.b.getBean(DemoUsers.class);
        assertEquals(inA.openid("svc", DemoUsers.ZHANG_WEI), inB.openid("svc", DemoUsers.ZHANG_WEI));
    }

    @Test
    void theSameCallbackMessageToBothIsAnsweredOnce() throws Exception {
        Environment env = two.a.getEnvironment();
        String token = env.getRequiredProperty("wxkit.mp.accounts.svc.token");
        String aesKey = env.getRequiredProperty("wxkit.mp.accounts.svc.encoding-aes-key");
        String appId = env.getRequiredProperty("wxkit.mp.accounts.svc.app-id");
        String openid = two.a.getBean(DemoUsers.class).openid("svc", DemoUsers.LI_NA);
        long now = Instant.now().getEpochSecond();
        String plain = "<xml><ToUserName><![CDATA[" + originalId(appId) + "]]></ToUserName><FromUserName><![CDATA["
                + openid + "]]></FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]>"
                + "</MsgType><Content><![CDATA[查询]]></Content><MsgId>" + (now * 1000 + 7) + "</MsgId></xml>";
        MessageCrypt crypt = MessageCrypt.create(token, aesKey, appId);
        String encrypt = crypt.encrypt(plain);
        String timestamp = Long.toString(now);
        String nonce = "1357924680";
        String query = "?signature=" + CallbackSignature.sign(token, timestamp, nonce) + "&timestamp=" + timestamp
                + "&nonce=" + nonce + "&openid=" + openid + "&encrypt_type=aes&msg_signature="
                + crypt.signature(timestamp, nonce, encrypt);
        String body = "<xml><ToUserName><![CDATA[" + originalId(appId) + "]]></ToUserName><Encrypt><![CDATA["
                + encrypt + "]]></Encrypt></xml>";

        String fromA = post(two.urlA() + "/wx/callback/svc" + query, body);
        String fromB = post(two.urlB() + "/wx/callback/svc" + query, body);

        assertTrue(fromA.contains("<Encrypt>"), "A answers the message: " + fromA);
        // B finds A's dedup mark in Redis and answers with the reply A saved, byte for byte: had B run the
        // handlers again, its encryption (a fresh random IV) would differ. WeChat's retries get the same answer.
        assertEquals(fromA, fromB, "B replays A's saved reply instead of handling the message again");
    }

    @Test
    void bothInstancesUseOneAccessToken() {
        WxEmulator emulator = two.a.getBean(EmbeddedWeChat.BEAN, WxEmulator.class);
        String appId = two.a.getEnvironment().getRequiredProperty("wxkit.mp.accounts.svc.app-id");
        String openid = two.a.getBean(DemoUsers.class).openid("svc", DemoUsers.ZHANG_WEI);

        two.a.getBean(WeChatAccounts.class).service().users().get(openid);
        two.b.getBean(WeChatAccounts.class).service().users().get(openid);

        assertEquals(1, emulator.control().tokenGrants(appId),
                "one token fetched for the service account, shared through Redis");
    }

    @Test
    void votesThroughBothInstancesAreCountedExactly() {
        VoteModule voteA = two.a.getBean(VoteModule.class);
        VoteModule voteB = two.b.getBean(VoteModule.class);
        Poll poll = voteA.polls().list(PageRequest.first(50)).items().stream()
                .filter(p -> p.title().equals("食堂新菜品投票")).findFirst().orElseThrow();
        long first = poll.options().get(0).id();
        long second = poll.options().get(1).id();
        DemoUsers users = two.a.getBean(DemoUsers.class);
        long before = voteA.polls().resultsForStaff(poll.id()).ballots();

        voteA.ballots().cast(poll.id(), Participant.of(users.openid("svc", DemoUsers.WANG_FANG)), "127.0.0.1",
                List.of(first));
        voteB.ballots().cast(poll.id(), Participant.of(users.openid("svc", DemoUsers.CHEN_JING)), "127.0.0.1",
                List.of(first, second));

        var seenByB = voteB.polls().resultsForStaff(poll.id());
        assertEquals(before + 2, seenByB.ballots());
        Map<Long, Long> votes = new HashMap<>();
        seenByB.ranking().forEach(o -> votes.put(o.optionId(), o.votes()));
        assertEquals(2, votes.get(first));
        assertEquals(1, votes.get(second));
        assertTrue(voteA.polls().check(poll.id()).consistent());
    }

    @Test
    void anSsoTicketIssuedByAIsRedeemedOnceAcrossBoth() throws Exception {
        String redirect = two.urlA() + "/biz/library/callback";
        HttpResponse<String> authorize = get(two.urlA() + "/sso/authorize?client_id=library&redirect_uri="
                + enc(redirect) + "&state=s1", null);
        assertEquals(302, authorize.statusCode(), authorize.body());
        String state = param(authorize.headers().firstValue("Location").orElseThrow(), "state");
        String cookie = authorize.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .reduce((x, y) -> x + "; " + y).orElseThrow();
        WxEmulator emulator = two.a.getBean(EmbeddedWeChat.BEAN, WxEmulator.class);
        String appId = two.a.getEnvironment().getRequiredProperty("wxkit.mp.accounts.svc.app-id");
        String code = emulator.control().oauthCode(appId,
                two.a.getBean(DemoUsers.class).openid("svc", DemoUsers.ZHANG_WEI), "snsapi_base");
        HttpResponse<String> callback = get(two.urlA() + "/sso/callback?code=" + enc(code) + "&state=" + enc(state),
                cookie);
        assertEquals(302, callback.statusCode(), callback.body());
        String ticket = param(callback.headers().firstValue("Location").orElseThrow(), "ticket");
        String secret = two.a.getBean(JdbcTemplate.class).queryForObject(
                "SELECT client_secret FROM examples_biz_client WHERE client_id = 'library'", String.class);

        HttpResponse<String> atB = redeem(two.urlB(), secret, ticket);
        HttpResponse<String> againAtA = redeem(two.urlA(), secret, ticket);

        assertEquals(200, atB.statusCode(), atB.body());
        JsonNode identity = JSON.readTree(atB.body());
        assertEquals("bound", identity.path("status").asText(), atB.body());
        assertNotEquals(200, againAtA.statusCode(), "a ticket redeems once: " + againAtA.body());
    }

    private static HttpResponse<String> redeem(String base, String secret, String ticket) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("library:" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sso/redeem"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ticket=" + enc(ticket))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String originalId(String appId) throws Exception {
        WxEmulator emulator = two.a.getBean(EmbeddedWeChat.BEAN, WxEmulator.class);
        HttpResponse<String> r = get(emulator.baseUrl() + "/emulator/accounts", null);
        for (JsonNode a : JSON.readTree(r.body())) {
            if (a.path("appId").asText().equals(appId)) {
                return a.path("originalId").asText();
            }
        }
        throw new AssertionError("no account " + appId + " in the emulator");
    }

    private static String post(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " answered " + r.body());
        return r.body().strip();
    }

    private static HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String param(String url, String name) {
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name) && kv.length == 2) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
