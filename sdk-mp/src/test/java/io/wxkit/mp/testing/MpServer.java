package io.wxkit.mp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.http.RetryPolicy;
import io.wxkit.core.token.Credential;
import io.wxkit.mp.WxMp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * A MockWebServer standing in for api.weixin.qq.com and a {@link WxMp} pointed at it, with the
 * access token {@code ACCESS_TOKEN} supplied externally so that every recorded request is the call
 * under test. Retries are off: one reply per call.
 */
public final class MpServer implements AutoCloseable {
    public static final String APP_ID = "wx0000000000000001";
    public static final String TOKEN = "ACCESS_TOKEN";

    private final MockWebServer server = new MockWebServer();
    private final WxMp mp;

    public MpServer() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mp = WxMp.builder().appId(APP_ID)
                .externalTokens(() -> new Credential(TOKEN, Instant.parse("2100-01-01T00:00:00Z")))
                .baseUrl(server.url("/").toString())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    public WxMp mp() {
        return mp;
    }

    public MockWebServer server() {
        return server;
    }

    /** Queues a 200 JSON answer. */
    public MpServer reply(String json) {
        server.enqueue(new MockResponse.Builder().code(200)
                .headers(Headers.of("Content-Type", "application/json; charset=utf-8")).body(json).build());
        return this;
    }

    /** The next request the server received. */
    public RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request).as("a request reached the server").isNotNull();
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the next request: method, exact path and query (in order), and JSON body (null: none). */
    public RecordedRequest expect(String method, String pathAndQuery, String jsonBody) {
        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo(pathAndQuery);
        if (jsonBody == null) {
            assertThat(request.getBodySize()).isZero();
        } else {
            assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
            assertThat(Wire.tree(request.getBody().utf8())).isEqualTo(Wire.tree(jsonBody));
        }
        return request;
    }

    @Override
    public void close() {
        mp.close();
        server.close();
    }
}
