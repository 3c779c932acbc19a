package io.wxkit.mp.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RawApiTest {
    private final MpServer wechat = new MpServer();
    private final RawApi raw = wechat.mp().raw();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void postSendsTheBodyWithTheTokenAndReturnsTheTree() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\",\"short_url\":\"http://w.url.cn/s/AvCo6Ih\"}");
        JsonNode answer = raw.post("cgi-bin/shorturl", Map.of("action", "long2short", "long_url", "http://example.com"));
        wechat.expect("POST", "/cgi-bin/shorturl?access_token=ACCESS_TOKEN",
                "{\"action\":\"long2short\",\"long_url\":\"http://example.com\"}");
        assertThat(answer.get("short_url").asText()).isEqualTo("http://w.url.cn/s/AvCo6Ih");
    }

    @Test
    void getSendsTheQueryAndErrcodesBecomeExceptions() {
        wechat.reply("{\"ip_list\":[\"1.1.1.1\"]}");
        assertThat(raw.get("cgi-bin/getcallbackip", Map.of()).get("ip_list").size()).isEqualTo(1);
        wechat.expect("GET", "/cgi-bin/getcallbackip?access_token=ACCESS_TOKEN", null);

        wechat.reply("{\"errcode\":48001,\"errmsg\":\"api unauthorized\"}");
        assertThatThrownBy(() -> raw.get("cgi-bin/x", Map.of("a", "b"))).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.endpoint()).isEqualTo("GET /cgi-bin/x"));
        wechat.expect("GET", "/cgi-bin/x?access_token=ACCESS_TOKEN&a=b", null);
    }
}
