package io.wxkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wxkit.core.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Each pipeline stage on its own, with a scripted rest-of-chain. */
class StagesTest {
    static final Reply OK = new Reply(200, "application/json", "", "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8), null);
    final Exchange post = Exchange.of(ApiRequest.post("cgi-bin/menu/create").json(Map.of()), false);
    final Exchange get = Exchange.of(ApiRequest.get("cgi-bin/menu/get"), false);

    static Reply reply(int status, String type, String body) {
        return new Reply(status, type, "", body.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void tokenStageAttachesTheTokenOnlyWhenTheRequestTakesOne() {
        TokenStage stage = new TokenStage(new FakeTokens());
        List<String> seen = new ArrayList<>();
        stage.handle(post, e -> { seen.add(e.token()); return OK; });
        stage.handle(Exchange.of(ApiRequest.post("cgi-bin/stable_token").withoutToken(), false),
                e -> { seen.add(e.token()); return OK; });
        assertThat(seen).containsExactly("TOKEN-1", null);
    }

    @Test
    void tokenStageRetriesOnceWithAFreshTokenAndCountsEarlierAttempts() {
        FakeTokens tokens = new FakeTokens();
        TokenStage stage = new TokenStage(tokens);
        List<Exchange> seen = new ArrayList<>();
        stage.handle(post, e -> {
            seen.add(e);
            if (seen.size() == 1) {
                throw WxApiException.of(42001, "access_token expired", e.endpoint()).withAttempts(2);
            }
            return OK;
        });
        assertThat(seen).extracting(Exchange::token).containsExactly("TOKEN-1", "TOKEN-2");
        assertThat(seen.get(1).priorAttempts()).isEqualTo(2);
        assertThat(tokens.invalidated).containsExactly("TOKEN-1");
    }

    @Test
    void tokenStageDoesNotRetryOtherErrors() {
        FakeTokens tokens = new FakeTokens();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new TokenStage(tokens).handle(post, e -> {
            calls.incrementAndGet();
            throw WxApiException.of(48001, "api unauthorized", e.endpoint());
        })).isInstanceOf(WxApiException.class);
        assertThat(calls).hasValue(1);
        assertThat(tokens.invalidated).isEmpty();
    }

    @Test
    void retryStageStopsAtMaxAttemptsAndReportsThem() {
        List<Duration> slept = new ArrayList<>();
        RetryStage stage = new RetryStage(RetryPolicy.defaults().withMaxAttempts(4), new SecureRandom(), slept::add, 1);
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> stage.handle(get, e -> {
            calls.incrementAndGet();
            throw WxApiException.of(-1, "system error", e.endpoint());
        })).isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.attempts()).isEqualTo(4));
        assertThat(calls).hasValue(4);
        assertThat(slept).hasSize(3);
    }

    @Test
    void retryStageMovesToTheNextHostOnlyAfterTransportFailures() {
        RetryStage stage = new RetryStage(RetryPolicy.defaults().withMaxAttempts(5), new SecureRandom(), d -> { }, 3);
        List<Integer> hosts = new ArrayList<>();
        stage.handle(get, e -> {
            hosts.add(e.hostIndex());
            switch (hosts.size()) {
                case 1, 3 -> throw WxApiException.transport(new ConnectException("refused"), e.endpoint());
                case 2 -> throw WxApiException.of(-1, "system error", e.endpoint());
                default -> { return OK; }
            }
        });
        assertThat(hosts).containsExactly(0, 1, 1, 2);
    }

    @Test
    void retryStageGivesUpWhenInterruptedAndKeepsTheInterrupt() {
        RetryStage stage = new RetryStage(RetryPolicy.defaults(), new SecureRandom(), d -> {
            throw new InterruptedException();
        }, 1);
        try {
            assertThatThrownBy(() -> stage.handle(get, e -> {
                throw WxApiException.of(-1, "system error", e.endpoint());
            })).isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.attempts()).isEqualTo(1));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void errcodeStageMapsNonZeroErrcodeAndAcceptsZeroOrAbsent() {
        ErrcodeStage stage = new ErrcodeStage(Json.create());
        assertThat(stage.handle(post, e -> reply(200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}"))).isNotNull();
        assertThat(stage.handle(post, e -> reply(200, "application/json", "{\"menuid\":\"1\"}"))).isNotNull();
        assertThatThrownBy(() -> stage.handle(post, e -> reply(200, "text/plain", "{\"errcode\":40018,\"errmsg\":\"invalid button name size\"}")))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40018);
                    assertThat(e.errmsg()).isEqualTo("invalid button name size");
                });
    }

    @Test
    void errcodeStageMapsHttpErrorsAndNonJsonAnswers() {
        ErrcodeStage stage = new ErrcodeStage(Json.create());
        assertThatThrownBy(() -> stage.handle(post, e -> reply(503, "text/html", "<h1>busy</h1>")))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
        assertThatThrownBy(() -> stage.handle(post, e -> reply(200, "text/html", "<h1>hi</h1>")))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.isTransportFailure()).isTrue());
    }

    @Test
    void loggingStageLogsMaskedTargetStatusErrcodeAndDuration() {
        Logger logger = (Logger) LoggerFactory.getLogger("test.wxkit.stages");
        logger.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
        LoggingStage stage = new LoggingStage(logger, clock);
        Exchange ex = Exchange.of(ApiRequest.get("cgi-bin/token").withoutToken().query("appid", "wx1")
                .query("secret", "TOPSECRET"), false);

        stage.handle(ex, e -> OK);
        assertThatThrownBy(() -> stage.handle(post.withToken("TOKVALUE"), e -> {
            throw WxApiException.of(40001, "invalid credential", e.endpoint());
        })).isInstanceOf(WxApiException.class);

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "wechat GET /cgi-bin/token?appid=wx1&secret=*** -> 200 errcode=0 in 0 ms",
                "wechat POST /cgi-bin/menu/create?access_token=*** -> 200 errcode=40001 in 0 ms: "
                        + "errcode=40001 errmsg=\"invalid credential\" POST /cgi-bin/menu/create (attempts=1)");
    }

    @Test
    void sendStageBuildsTheUrlFromTheChosenHostTokenAndQuery() {
        SendStage stage = new SendStage(new okhttp3.OkHttpClient(),
                List.of(okhttp3.HttpUrl.get("https://api.weixin.qq.com/"), okhttp3.HttpUrl.get("http://127.0.0.1:9900/wx/")),
                Json.create(), "wxkit");
        Exchange ex = Exchange.of(ApiRequest.get("cgi-bin/user/info").query("openid", "o 1"), false).withToken("T");
        assertThat(stage.url(ex).toString()).isEqualTo("https://api.weixin.qq.com/cgi-bin/user/info?access_token=T&openid=o%201");
        assertThat(stage.url(ex.withHost(1)).toString()).isEqualTo("http://127.0.0.1:9900/wx/cgi-bin/user/info?access_token=T&openid=o%201");
    }

    @Test
    void exceptionMessagesReadLikeTheStyleGuide() {
        WxApiException e = WxApiException.of(40001, "invalid credential, access_token is invalid or not latest rid: 65a1-0b2c-3d4e",
                "POST /cgi-bin/menu/create").withAttempts(2);
        assertThat(e.getMessage()).isEqualTo("errcode=40001 errmsg=\"invalid credential, access_token is invalid or not latest"
                + " rid: 65a1-0b2c-3d4e\" rid=65a1-0b2c-3d4e POST /cgi-bin/menu/create (attempts=2)");
        assertThat(e.isTokenInvalid()).isTrue();
        assertThat(WxApiException.transport(new IOException("timeout"), "GET /x").getMessage())
                .isEqualTo("transport failure: IOException: timeout GET /x (attempts=1)");
    }
}
