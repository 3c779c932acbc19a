package io.wxkit.mp.account;

import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.internal.MpCalls;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Account-level tools (接口调用与运维) of one Official Account: reset API quotas, list WeChat's
 * server addresses, probe the callback URL, and diagnose calls by API quota and {@code rid}.
 *
 * <pre>{@code
 * ApiQuota quota = mp.account().quota("/cgi-bin/message/custom/send");
 * RidInfo failed = mp.account().rid("61725984-6126f6f9-040f19c4");
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.account()}. Every call blocks and throws
 * {@link io.wxkit.core.http.WxApiException} on an errcode (e.g. 48006 quota resets used up,
 * 76021 unknown cgi_path, 76001 unknown rid) or when WeChat cannot be reached.
 */
public final class AccountApi {
    private final MpCalls context;
    private final String appId;

    /**
     * The account tools of {@code appId} over {@code api}; users call {@code mp.account()}, which passes its
     * account's pipeline and appId.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @param appId the account's appId (the quota reset names it)
     * @throws NullPointerException if an argument is null
     */
    public AccountApi(ApiClient api, String appId) {
        this.context = new MpCalls(api);
        this.appId = Objects.requireNonNull(appId, "appId");
    }

    /** Resets the account's API call counts (10 times a month): {@code POST cgi-bin/clear_quota}. */
    public void clearQuota() {
        context.execute(ApiRequest.post("cgi-bin/clear_quota").json(Map.of("appid", appId)));
    }

    /**
     * The addresses WeChat sends callbacks from: {@code GET cgi-bin/getcallbackip}.
     *
     * @return the IP addresses WeChat lists in {@code ip_list}, for an
     *     allow-list of callback senders
     */
    public List<String> callbackIps() {
        return context.list(ApiRequest.get("cgi-bin/getcallbackip"), "ip_list", String.class);
    }

    /**
     * The addresses of {@code api.weixin.qq.com}: {@code GET cgi-bin/get_api_domain_ip}.
     *
     * @return the IP addresses in {@code ip_list}, for outbound firewall rules
     */
    public List<String> apiDomainIps() {
        return context.list(ApiRequest.get("cgi-bin/get_api_domain_ip"), "ip_list", String.class);
    }

    /**
     * Has WeChat resolve and ping the callback URL: {@code POST cgi-bin/callback/check}.
     *
     * @param action what WeChat checks ({@code action}); not null
     * @param operator the carrier to check from ({@code check_operator}); not null
     * @return the DNS and ping results; each list is empty when the action skipped it
     * @throws NullPointerException if an argument is null
     */
    public CallbackCheck checkCallback(CallbackCheck.Action action, CallbackCheck.Operator operator) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(operator, "operator");
        return context.call(ApiRequest.post("cgi-bin/callback/check")
                .json(Map.of("action", action.wireName(), "check_operator", operator.name())).asIdempotent(),
                CallbackCheck.class);
    }

    /**
     * Today's quota of one API: {@code POST cgi-bin/openapi/quota/get}.
     *
     * @param cgiPath the API path, e.g. {@code /cgi-bin/message/custom/send} (a missing leading
     *     {@code /} is added)
     * @return the quota: {@code daily_limit}, {@code used} and {@code remain} of today
     * @throws NullPointerException if {@code cgiPath} is null
     * @throws IllegalArgumentException if {@code cgiPath} is blank
     */
    public ApiQuota quota(String cgiPath) {
        Checks.requireText(cgiPath, "cgi_path");
        String path = cgiPath.startsWith("/") ? cgiPath : "/" + cgiPath;
        ApiRequest request = ApiRequest.post("cgi-bin/openapi/quota/get").json(Map.of("cgi_path", path)).asIdempotent();
        return context.json().convert(requireField(request, "quota"), ApiQuota.class);
    }

    /**
     * What WeChat recorded about the failed call with {@code rid} (from an errmsg's
     * {@code rid: ...} or {@link io.wxkit.core.http.WxApiException#rid()}):
     * {@code POST cgi-bin/openapi/rid/get}.
     *
     * @param rid the request id; not blank
     * @return when the call was made, how long it took, and its URL, request and response bodies
     * @throws NullPointerException if {@code rid} is null
     * @throws IllegalArgumentException if {@code rid} is blank
     */
    public RidInfo rid(String rid) {
        Checks.requireText(rid, "rid");
        ApiRequest request = ApiRequest.post("cgi-bin/openapi/rid/get").json(Map.of("rid", rid)).asIdempotent();
        return context.json().convert(requireField(request, "request"), RidInfo.class);
    }

    private com.fasterxml.jackson.databind.JsonNode requireField(ApiRequest request, String field) {
        com.fasterxml.jackson.databind.JsonNode node = context.call(request, com.fasterxml.jackson.databind.JsonNode.class)
                .get(field);
        if (node == null || !node.isObject()) {
            throw io.wxkit.core.http.WxApiException.unusable("answer has no " + field, request.endpoint());
        }
        return node;
    }
}
