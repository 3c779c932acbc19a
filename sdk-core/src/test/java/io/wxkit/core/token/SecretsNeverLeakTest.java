package io.wxkit.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.RetryPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The app secret and the access token never reach log output (even at DEBUG) or exception messages. */
class SecretsNeverLeakTest {
    static final String SECRET = "S3cr3tS3cr3tS3cr3tS3cr3tS3cr3t42";
    static final String TOKEN = "ACCESS-TOKEN-VALUE-93kd81jd72hs";
    static final String TOKEN2 = "ACCESS-TOKEN-VALUE-SECOND-x81jd";

    @StartStop
    final MockWebServer server = new MockWebServer();

    final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    final List<Throwable> thrown = new ArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    Logger wxkit;
    Level previous;

    @BeforeEach
    void captureDebugLogs() {
        wxkit = (Logger) LoggerFactory.getLogger("io.wxkit");
        previous = wxkit.getLevel();
        wxkit.setLevel(Level.DEBUG);
        appender.start();
        wxkit.addAppender(appender);
    }

    @AfterEach
    void restore() {
        wxkit.detachAppender(appender);
        wxkit.setLevel(previous);
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    ApiClient api() {
        return ApiClient.builder().baseUrl(server.url("/").toString()).sleeper(d -> { })
                .readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.defaults().withMaxAttempts(2)).build();
    }

    AccessTokenManager manager(AccessTokenManager.Mode mode) {
        return AccessTokenManager.builder().appId("wxAPPID").secret(SECRET).mode(mode).apiClient(api()).clock(clock)
                .tokenStore(CaffeineTokenStore.create(clock)).executor(Runnable::run).build();
    }

    void capture(Runnable r) {
        Throwable t = catchThrowable(r::run);
        if (t != null) {
            thrown.add(t);
        }
    }

    @Test
    void secretAndTokenStayOutOfLogsAndExceptionsOnSuccessAndFailure() {
        // token endpoint errors, one echoing the secret back
        server.enqueue(json("{\"errcode\":40125,\"errmsg\":\"invalid appsecret secret=" + SECRET + " rid: 1\"}"));
        capture(() -> manager(AccessTokenManager.Mode.STABLE).token());
        server.enqueue(json("{\"errcode\":40013,\"errmsg\":\"invalid appid\"}"));
        capture(() -> manager(AccessTokenManager.Mode.CLASSIC).token());

        // classic success, then calls that get the token rejected twice, then a transport failure
        AccessTokenManager tokens = manager(AccessTokenManager.Mode.CLASSIC);
        server.enqueue(json("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}"));
        ApiClient api = api().withTokens(tokens);
        server.enqueue(json("{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid rid: 2\"}"));
        server.enqueue(json("{\"access_token\":\"" + TOKEN2 + "\",\"expires_in\":7200}"));
        server.enqueue(json("{\"errcode\":40001,\"errmsg\":\"invalid credential rid: 3\"}"));
        capture(() -> api.post("cgi-bin/menu/create", Map.of("button", List.of())));
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS).body("{}").build());
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS).body("{}").build());
        capture(() -> api.get("cgi-bin/menu/get", Map.of(), Void.class));
        // stable success, so the secret went out in a request body at DEBUG level
        server.enqueue(json("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}"));
        capture(() -> manager(AccessTokenManager.Mode.STABLE).token());

        assertThat(thrown).hasSizeGreaterThanOrEqualTo(4);
        assertThat(appender.list).as("the pipeline logged every attempt").hasSizeGreaterThanOrEqualTo(8);
        StringBuilder everything = new StringBuilder();
        for (ILoggingEvent e : appender.list) {
            everything.append(e.getFormattedMessage()).append('\n');
            for (IThrowableProxy p = e.getThrowableProxy(); p != null; p = p.getCause()) {
                everything.append(p.getClassName()).append(": ").append(p.getMessage()).append('\n');
            }
        }
        for (Throwable t : thrown) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            everything.append(t.getMessage()).append('\n').append(trace).append('\n');
        }
        assertThat(everything.toString())
                .contains("errcode=40125", "errcode=40001", "access_token=***", "secret=***")
                .doesNotContain(SECRET, TOKEN, TOKEN2);
    }
}
