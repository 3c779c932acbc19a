package io.wxkit.mp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.RetryPolicy;
import io.wxkit.core.http.TokenSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A MockWebServer standing in for api.weixin.qq.com in contract tests: an {@link ApiClient} aimed
 * at it with a fixed access token, canned answers, and exact assertions on what was sent.
 */
public final class WeChatMock {
    /** The access token every call must carry. */
    public static final String TOKEN = "ACCESS_TOKEN_CONTRACT";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server;

    public WeChatMock(MockWebServer server) {
        this.server = server;
    }

    /** A client with the fixed token, no retry delays and one attempt (errors surface at once). */
    public ApiClient api() {
        return ApiClient.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none())
                .sleeper(d -> { }).build().withTokens(new TokenSource() {
                    @Override
                    public String accessToken() {
                        return TOKEN;
                    }

                    @Override
                    public void invalidate(String staleToken) {
                    }
                });
    }

    /** Queues a JSON answer (HTTP 200, {@code application/json}). */
    public WeChatMock json(String body) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build());
        return this;
    }

    /** Queues a binary answer with {@code contentType} and a {@code Content-Disposition} file name. */
    public WeChatMock binary(byte[] body, String contentType, String fileName) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", contentType)
                .addHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .body(new Buffer().write(body)).build());
        return this;
    }

    /** The next request the server received (fails after 5 s without one). */
    public RecordedRequest take() {
        try {
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(r).as("a request reached the mock").isNotNull();
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts method, path and the access token, and returns the request for further checks. */
    public RecordedRequest expect(String method, String path) {
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo(method);
        assertThat(r.getUrl().encodedPath()).isEqualTo(path);
        assertThat(r.getUrl().queryParameter("access_token")).isEqualTo(TOKEN);
        return r;
    }

    /** Asserts a {@code POST path?access_token=..} whose JSON body equals {@code expectedJson} (as a tree). */
    public RecordedRequest expectJson(String path, String expectedJson) {
        RecordedRequest r = expect("POST", path);
        assertThat(r.getUrl().querySize()).as("query of " + r.getUrl()).isEqualTo(1);
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(tree(body(r))).isEqualTo(tree(expectedJson));
        return r;
    }

    /** Asserts a {@code GET path?access_token=..} with exactly the given extra query pairs. */
    public RecordedRequest expectGet(String path, String... nameValuePairs) {
        RecordedRequest r = expect("GET", path);
        assertThat(r.getUrl().querySize()).as("query of " + r.getUrl()).isEqualTo(1 + nameValuePairs.length / 2);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            assertThat(r.getUrl().queryParameter(nameValuePairs[i])).as(nameValuePairs[i]).isEqualTo(nameValuePairs[i + 1]);
        }
        assertThat(r.getBodySize()).isZero();
        return r;
    }

    /** The request body as UTF-8 text. */
    public static String body(RecordedRequest r) {
        return r.getBody() == null ? "" : r.getBody().string(StandardCharsets.UTF_8);
    }

    private static Object tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
