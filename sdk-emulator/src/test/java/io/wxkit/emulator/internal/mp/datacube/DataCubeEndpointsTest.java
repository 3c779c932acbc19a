package io.wxkit.emulator.internal.mp.datacube;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.MutableClock;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 17 data-cube calls count what fake users did, per China day: follows and unfollows, messages, article
 * reads and shares, callback deliveries; and refuse the ranges WeChat refuses.
 */
class DataCubeEndpointsTest {
    /** 10:00 in Beijing on 2026-11-20. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
    private final FakeApp app = new FakeApp();
    private WxEmulator emulator;
    private TestHttp http;

    @BeforeEach
    void start() {
        emulator = WxEmulator.builder().clock(clock).start();
        http = new TestHttp(emulator.baseUrl());
        http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"sec-wx1\",\"token\":\"tok123\","
                + "\"mode\":\"plain\",\"callbackUrl\":\"" + app.url("/wx") + "\"}");
    }

    @AfterEach
    void stop() {
        emulator.close();
        app.close();
    }

    private String token() {
        return http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=sec-wx1").json()
                .get("access_token").asText();
    }

    private JsonNode cube(String name, String begin, String end) {
        return http.post("/datacube/" + name + "?access_token=" + token(), "{\"begin_date\":\"" + begin
                + "\",\"end_date\":\"" + end + "\"}").json();
    }

    private String user() {
        return http.post("/emulator/users", "{\"appId\":\"wx1\",\"nickname\":\"u\"}").json().get("openid").asText();
    }

    private void text(String openid, String content) {
        http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"text\",\"content\":\"" + content + "\"}");
    }

    private long sendNews(String token) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"media\"; filename=\"t.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nJPEG\r\n--b--\r\n";
        String thumb = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                        + "/cgi-bin/media/upload?type=thumb&access_token=" + token))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body))).json().get("media_id").asText();
        String news = http.post("/cgi-bin/media/uploadnews?access_token=" + token, "{\"articles\":[{"
                + "\"thumb_media_id\":\"" + thumb + "\",\"title\":\"Launch\",\"content\":\"<p>c</p>\"}]}").json()
                .get("media_id").asText();
        return http.post("/cgi-bin/message/mass/sendall?access_token=" + token, "{\"filter\":{\"is_to_all\":true},"
                + "\"mpnews\":{\"media_id\":\"" + news + "\"},\"msgtype\":\"mpnews\"}").json().get("msg_data_id")
                .asLong();
    }

    private void awaitDeliveries(int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (emulator.control().deliveries("wx1").size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + emulator.control().deliveries("wx1").size() + " of " + count
                        + " callback deliveries within 10 s");
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** Day 1 (11-20): a, b, c follow (b by QR), a sends 7 texts and an image, c unfollows. Day 2: d follows. */
    private long history() {
        String a = user();
        String b = user();
        String c = user();
        http.post("/emulator/users/" + a + "/follow", "{}");
        http.post("/emulator/users/" + b + "/follow", "{\"scene\":\"qrscene_7\"}");
        http.post("/emulator/users/" + c + "/follow", "{}");
        for (int i = 0; i < 7; i++) {
            text(a, "hi " + i);
        }
        text(b, "hello");
        http.post("/emulator/users/" + a + "/messages", "{\"type\":\"image\",\"picUrl\":\"http://x/p.jpg\"}");
        http.post("/emulator/users/" + c + "/unfollow", "");
        long msgDataId = sendNews(token());
        awaitDeliveries(14); // the MASSSENDJOBFINISH event goes out asynchronously: let it land on day 1
        http.post("/emulator/users/" + a + "/read", "{\"msgDataId\":" + msgDataId + ",\"index\":0}");
        http.post("/emulator/users/" + a + "/read", "{\"msgDataId\":" + msgDataId + ",\"index\":0,\"source\":\"history\"}");
        http.post("/emulator/users/" + b + "/read", "{\"msgDataId\":" + msgDataId + ",\"index\":0}");
        http.post("/emulator/users/" + b + "/share", "{\"msgDataId\":" + msgDataId + ",\"index\":0,\"scene\":\"moments\"}");
        http.post("/emulator/users/" + b + "/favorite", "{\"msgDataId\":" + msgDataId + ",\"index\":0}");
        clock.advance(Duration.ofDays(1));
        String d = user();
        http.post("/emulator/users/" + d + "/follow", "{}");
        http.post("/emulator/users/" + d + "/read", "{\"msgDataId\":" + msgDataId + ",\"index\":0}");
        clock.advance(Duration.ofDays(2)); // now 11-23: 11-20..11-22 are final
        return msgDataId;
    }

    @Test
    void followerFiguresFollowTheFollowsAndUnfollows() {
        history();
        JsonNode summary = cube("getusersummary", "2026-11-20", "2026-11-22").get("list");
        List<String> rows = new ArrayList<>();
        summary.forEach(r -> rows.add(r.get("ref_date").asText() + " " + r.get("user_source").asInt() + " +"
                + r.get("new_user").asLong() + " -" + r.get("cancel_user").asLong()));
        assertThat(rows).containsExactly("2026-11-20 1 +2 -1", "2026-11-20 30 +1 -0", "2026-11-21 1 +1 -0",
                "2026-11-22 0 +0 -0");
        JsonNode cumulate = cube("getusercumulate", "2026-11-19", "2026-11-22").get("list");
        assertThat(cumulate).extracting(r -> r.get("cumulate_user").asLong()).containsExactly(0L, 2L, 3L, 3L);
    }

    @Test
    void messageFiguresCountUsersAndMessagesPerTypeAndPeriod() {
        history();
        JsonNode day = cube("getupstreammsg", "2026-11-20", "2026-11-22").get("list");
        assertThat(day).hasSize(2);
        assertThat(day.get(0).get("msg_type").asInt()).isEqualTo(1);
        assertThat(day.get(0).get("msg_user").asLong()).isEqualTo(2);
        assertThat(day.get(0).get("msg_count").asLong()).isEqualTo(8);
        assertThat(day.get(1).get("msg_type").asInt()).isEqualTo(2);
        JsonNode hour = cube("getupstreammsghour", "2026-11-20", "2026-11-20").get("list");
        assertThat(hour.get(0).get("ref_hour").asInt()).isEqualTo(1000);
        JsonNode week = cube("getupstreammsgweek", "2026-11-16", "2026-11-22").get("list");
        assertThat(week.get(0).get("ref_date").asText()).isEqualTo("2026-11-16");
        assertThat(week.get(0).get("msg_count").asLong()).isEqualTo(8);
        assertThat(cube("getupstreammsgmonth", "2026-11-01", "2026-11-22").get("list").get(0).get("ref_date")
                .asText()).isEqualTo("2026-11-01");
        JsonNode dist = cube("getupstreammsgdist", "2026-11-20", "2026-11-22").get("list");
        assertThat(dist).extracting(r -> r.get("count_interval").asInt() + ":" + r.get("msg_user").asLong())
                .containsExactly("1:1", "2:1");
        assertThat(cube("getupstreammsgdistweek", "2026-11-16", "2026-11-22").get("list")).hasSize(2);
        assertThat(cube("getupstreammsgdistmonth", "2026-11-01", "2026-11-22").get("list")).hasSize(2);
    }

    @Test
    void articleFiguresCountReadsSharesAndFavourites() {
        long msgDataId = history();
        JsonNode summary = cube("getarticlesummary", "2026-11-20", "2026-11-20").get("list").get(0);
        assertThat(summary.get("msgid").asText()).isEqualTo(msgDataId + "_1");
        assertThat(summary.get("title").asText()).isEqualTo("Launch");
        assertThat(summary.get("int_page_read_user").asLong()).isEqualTo(2);
        assertThat(summary.get("int_page_read_count").asLong()).isEqualTo(3);
        assertThat(summary.get("share_count").asLong()).isEqualTo(1);
        assertThat(summary.get("add_to_fav_user").asLong()).isEqualTo(1);
        JsonNode total = cube("getarticletotal", "2026-11-20", "2026-11-20").get("list").get(0);
        JsonNode details = total.get("details");
        assertThat(details).hasSize(3);
        assertThat(details.get(0).get("target_user").asLong()).isEqualTo(2);
        assertThat(details.get(0).get("int_page_read_count").asLong()).isEqualTo(3);
        assertThat(details.get(1).get("int_page_read_count").asLong()).isEqualTo(4);
        assertThat(details.get(1).get("int_page_read_user").asLong()).isEqualTo(3);
        JsonNode read = cube("getuserread", "2026-11-20", "2026-11-22").get("list");
        assertThat(read).extracting(r -> r.get("ref_date").asText() + " " + r.get("user_source").asInt() + " "
                + r.get("int_page_read_count").asLong()).containsExactly("2026-11-20 0 2", "2026-11-20 4 1",
                "2026-11-20 99999999 3", "2026-11-21 0 1", "2026-11-21 99999999 1");
        assertThat(cube("getuserreadhour", "2026-11-20", "2026-11-20").get("list").get(0).get("ref_hour").asInt())
                .isEqualTo(1000);
        JsonNode share = cube("getusershare", "2026-11-20", "2026-11-22").get("list").get(0);
        assertThat(share.get("share_scene").asInt()).isEqualTo(2);
        assertThat(share.get("share_user").asLong()).isEqualTo(1);
        assertThat(cube("getusersharehour", "2026-11-20", "2026-11-20").get("list")).hasSize(1);
    }

    @Test
    void interfaceFiguresCountTheCallbackDeliveries() {
        history();
        JsonNode day = cube("getinterfacesummary", "2026-11-20", "2026-11-22").get("list");
        // day 1: 3 follows, 9 messages, 1 unfollow, the MASSSENDJOBFINISH event; day 2: 1 follow
        assertThat(day.get(0).get("ref_date").asText()).isEqualTo("2026-11-20");
        assertThat(day.get(0).get("callback_count").asLong()).isEqualTo(14);
        assertThat(day.get(0).get("fail_count").asLong()).isZero();
        assertThat(day.get(0).get("max_time_cost").asLong()).isLessThanOrEqualTo(day.get(0).get("total_time_cost")
                .asLong());
        assertThat(day.get(1).get("callback_count").asLong()).isEqualTo(1);
        assertThat(cube("getinterfacesummaryhour", "2026-11-21", "2026-11-21").get("list").get(0).get("ref_hour")
                .asInt()).isEqualTo(1000);
    }

    @Test
    void rangesWeChatRefusesAre61500Or61501() {
        assertThat(cube("getusersummary", "2026/11/20", "2026-11-20").get("errcode").asInt()).isEqualTo(61500);
        assertThat(cube("getusersummary", "2026-11-02", "2026-11-09").get("errcode").asInt()).isEqualTo(61501);
        assertThat(cube("getusersummary", "2026-11-19", "2026-11-18").get("errcode").asInt()).isEqualTo(61501);
        assertThat(cube("getusersummary", "2026-11-19", "2026-11-20").get("errcode").asInt()).isEqualTo(61501);
        assertThat(cube("getarticlesummary", "2026-11-18", "2026-11-19").get("errcode").asInt()).isEqualTo(61501);
        assertThat(cube("getuserread", "2026-11-16", "2026-11-19").get("errcode").asInt()).isEqualTo(61501);
        assertThat(cube("getupstreammsgdist", "2026-11-04", "2026-11-19").get("errcode").asInt()).isEqualTo(61501);
        assertThat(cube("getinterfacesummary", "2026-10-20", "2026-11-19").get("errcode").asInt()).isEqualTo(61501);
        assertThat(cube("getinterfacesummary", "2026-10-21", "2026-11-19").has("list")).isTrue();
        assertThat(http.post("/datacube/getusersummary", "{}").json().get("errcode").asInt()).isEqualTo(41001);
    }
}
