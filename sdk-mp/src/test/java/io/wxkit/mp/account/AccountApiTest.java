package io.wxkit.mp.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountApiTest {
    private final MpServer wechat = new MpServer();
    private final AccountApi account = wechat.mp().account();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void clearQuotaSendsTheAppId() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        account.clearQuota();
        wechat.expect("POST", "/cgi-bin/clear_quota?access_token=ACCESS_TOKEN", "{\"appid\":\"" + MpServer.APP_ID + "\"}");
    }

    @Test
    void clearQuotaUsedUpIs48006() {
        wechat.reply("{\"errcode\":48006,\"errmsg\":\"forbid to clear quota because of reaching the limit\"}");
        assertThatThrownBy(account::clearQuota).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(48006));
    }

    @Test
    void ipListsParse() {
        wechat.reply("{\"ip_list\":[\"127.0.0.1\",\"127.0.0.2\",\"101.226.103.0/25\"]}");
        assertThat(account.callbackIps()).containsExactly("127.0.0.1", "127.0.0.2", "101.226.103.0/25");
        wechat.expect("GET", "/cgi-bin/getcallbackip?access_token=ACCESS_TOKEN", null);

        wechat.reply("{\"ip_list\":[\"101.89.47.18\",\"101.91.34.103\"]}");
        assertThat(account.apiDomainIps()).containsExactly("101.89.47.18", "101.91.34.103");
        wechat.expect("GET", "/cgi-bin/get_api_domain_ip?access_token=ACCESS_TOKEN", null);
    }

    @Test
    void callbackCheckPostsActionAndOperatorAndParsesResults() {
        wechat.reply("""
                {"dns":[{"ip":"111.161.64.40","real_operator":"UNICOM"},{"ip":"111.161.64.48","real_operator":"UNICOM"}],
                 "ping":[{"ip":"111.161.64.40","from_operator":"UNICOM","package_loss":"0%","time":"23.079ms"}]}""");
        CallbackCheck check = account.checkCallback(CallbackCheck.Action.ALL, CallbackCheck.Operator.DEFAULT);
        wechat.expect("POST", "/cgi-bin/callback/check?access_token=ACCESS_TOKEN",
                "{\"action\":\"all\",\"check_operator\":\"DEFAULT\"}");
        assertThat(check.dns()).extracting(CallbackCheck.Dns::ip).containsExactly("111.161.64.40", "111.161.64.48");
        assertThat(check.ping()).containsExactly(new CallbackCheck.Ping("111.161.64.40", "UNICOM", "0%", "23.079ms"));
    }

    @Test
    void quotaIsReadFromItsObject() {
        wechat.reply("""
                {"errcode":0,"errmsg":"ok","quota":{"daily_limit":10000000,"used":500,"remain":9999500},
                 "rate_limit":{"call_count":100,"refresh_second":60}}""");
        assertThat(account.quota("cgi-bin/message/custom/send")).isEqualTo(new ApiQuota(10000000, 500, 9999500));
        wechat.expect("POST", "/cgi-bin/openapi/quota/get?access_token=ACCESS_TOKEN",
                "{\"cgi_path\":\"/cgi-bin/message/custom/send\"}");
    }

    @Test
    void ridInfoParsesAndItsToStringHidesTheRecordedRequest() {
        wechat.reply("""
                {"errcode":0,"errmsg":"ok","request":{"invoke_time":1635156704,"cost_in_ms":30,
                 "request_url":"access_token=50_Im7xxxx","request_body":"",
                 "response_body":"{\\"errcode\\":45009,\\"errmsg\\":\\"reach max api daily quota limit\\"}",
                 "client_ip":"113.xx.70.51"}}""");
        RidInfo info = account.rid("61725984-6126f6f9-040f19c4");
        wechat.expect("POST", "/cgi-bin/openapi/rid/get?access_token=ACCESS_TOKEN",
                "{\"rid\":\"61725984-6126f6f9-040f19c4\"}");
        assertThat(info.invokeTime()).isEqualTo(Instant.ofEpochSecond(1635156704));
        assertThat(info.cost()).isEqualTo(Duration.ofMillis(30));
        assertThat(info.responseBody()).contains("45009");
        assertThat(info.toString()).doesNotContain("access_token").doesNotContain("50_Im7xxxx");
    }

    @Test
    void aMissingResultObjectIsUnusable() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThatThrownBy(() -> account.rid("r")).isInstanceOf(WxApiException.class).hasMessageContaining("request");
    }

    @Test
    void everyMethodTurnsAnErrcodeIntoWxApiException() {
        List<Consumer<AccountApi>> calls = List.of(AccountApi::callbackIps, AccountApi::apiDomainIps,
                a -> a.checkCallback(CallbackCheck.Action.DNS, CallbackCheck.Operator.CAP), a -> a.quota("/cgi-bin/x"),
                a -> a.rid("r"));
        for (Consumer<AccountApi> call : calls) {
            wechat.reply("{\"errcode\":76001,\"errmsg\":\"rid not found\"}");
            assertThatThrownBy(() -> call.accept(account)).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(76001));
        }
    }
}
