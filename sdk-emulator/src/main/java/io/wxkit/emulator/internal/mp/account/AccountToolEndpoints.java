package io.wxkit.emulator.internal.mp.account;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.RidLog;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Account tools: {@code clear_quota} (the token's own {@code appid}, 40013 otherwise), {@code getcallbackip} and
 * {@code get_api_domain_ip} (the emulator sends and serves from the loopback address), {@code callback/check}
 * (really resolves the account's callback host and times a TCP connect to it; 47001 for a bad action or
 * operator or an account without a callback URL), {@code openapi/quota/get} (see {@link ApiQuotas}) and
 * {@code openapi/rid/get} (the request behind a failed call's rid, see {@link RidLog}: 76001 when unknown,
 * 76003 when another account's, 76002 when malformed).
 */
public final class AccountToolEndpoints {
    private static final Set<String> ACTIONS = Set.of("dns", "ping", "all");
    private static final Set<String> OPERATORS = Set.of("CHINANET", "UNICOM", "CAP", "DEFAULT");
    private static final int CONNECT_TIMEOUT_MS = 2000;
    private final Accounts accounts;
    private final Tokens tokens;
    private final ApiQuotas quotas;

    public AccountToolEndpoints(Accounts accounts, Tokens tokens, ApiQuotas quotas) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.quotas = quotas;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/clear_quota", this::clearQuota);
        router.get("/cgi-bin/getcallbackip", this::loopback);
        router.get("/cgi-bin/get_api_domain_ip", this::loopback);
        router.post("/cgi-bin/callback/check", this::check);
        router.post("/cgi-bin/openapi/quota/get", this::quota);
        RidLog rids = router.rids();
        router.post("/cgi-bin/openapi/rid/get", r -> rid(r, rids));
    }

    private Answer clearQuota(Request r) {
        String appId = tokens.appIdFor(r);
        if (!appId.equals(r.json().path("appid").asText(""))) {
            throw new ApiError(40013, "invalid appid");
        }
        quotas.clear(appId);
        return ok(r);
    }

    private Answer loopback(Request r) {
        tokens.appIdFor(r);
        ObjectNode out = r.codec().object();
        out.putArray("ip_list").add("127.0.0.1");
        return Answer.json(out);
    }

    private Answer check(Request r) {
        Account account = accounts.require(tokens.appIdFor(r));
        String action = r.json().path("action").asText("");
        String operator = r.json().path("check_operator").asText("");
        if (!ACTIONS.contains(action) || !OPERATORS.contains(operator)) {
            throw new ApiError(47001, "data format error: action must be dns|ping|all, check_operator "
                    + "CHINANET|UNICOM|CAP|DEFAULT");
        }
        if (account.callbackUrl() == null) {
            throw new ApiError(47001, "data format error: the account has no callback URL");
        }
        URI url = URI.create(account.callbackUrl());
        String carrier = operator.equals("DEFAULT") ? "CAP" : operator;
        ObjectNode out = r.codec().object();
        ArrayNode dns = out.putArray("dns");
        ArrayNode ping = out.putArray("ping");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (IOException e) {
            addresses = new InetAddress[0];
        }
        for (InetAddress a : addresses) {
            if (!action.equals("ping")) {
                dns.addObject().put("ip", a.getHostAddress()).put("real_operator", carrier);
            }
            if (!action.equals("dns")) {
                ping.add(ping(r, a, port(url), carrier));
            }
        }
        return Answer.json(out);
    }

    private static ObjectNode ping(Request r, InetAddress address, int port, String carrier) {
        long start = System.nanoTime();
        boolean reached;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MS);
            reached = true;
        } catch (IOException e) {
            reached = false;
        }
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        return r.codec().object().put("ip", address.getHostAddress()).put("from_operator", carrier)
                .put("package_loss", reached ? "0%" : "100%")
                .put("time", reached ? String.format(Locale.ROOT, "%.3fms", ms) : "");
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }

    private Answer quota(Request r) {
        String appId = tokens.appIdFor(r);
        ApiQuotas.Quota q = quotas.quota(appId, r.json().path("cgi_path").asText(null));
        ObjectNode out = r.codec().object().put("errcode", 0).put("errmsg", "ok");
        out.putObject("quota").put("daily_limit", q.dailyLimit()).put("used", q.used()).put("remain", q.remain());
        return Answer.json(out);
    }

    private Answer rid(Request r, RidLog rids) {
        String appId = tokens.appIdFor(r);
        String rid = r.json().path("rid").asText("");
        if (!rid.matches("[0-9a-f]{8}(-[0-9a-f]{8}){2}|[0-9a-f]{12}")) {
            throw new ApiError(76002, "rid is error");
        }
        RidLog.Entry e = rids.find(rid).orElseThrow(() -> new ApiError(76001, "rid not found"));
        if (e.accessToken() == null || !appId.equals(tokens.issuerOf(e.accessToken()))) {
            throw new ApiError(76003, "could not query this rid,no permission");
        }
        ObjectNode out = r.codec().object().put("errcode", 0).put("errmsg", "ok");
        out.putObject("request").put("invoke_time", e.invokeTime()).put("cost_in_ms", e.costInMs())
                .put("request_url", e.requestUrl()).put("request_body", e.requestBody())
                .put("response_body", e.responseBody()).put("client_ip", "");
        return Answer.json(out);
    }

    private static Answer ok(Request r) {
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }
}
