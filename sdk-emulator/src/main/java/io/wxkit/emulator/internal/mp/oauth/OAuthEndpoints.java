package io.wxkit.emulator.internal.mp.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.core.internal.crypto.ConstantTime;
import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * OAuth 2.0 web authorization: the {@code /connect/oauth2/authorize} page (a consent screen for a chosen fake
 * user; add {@code emulator_openid=...} to pick the user, which makes {@code snsapi_base} silent as in WeChat),
 * and {@code /sns/oauth2/access_token}, {@code /sns/oauth2/refresh_token}, {@code /sns/userinfo},
 * {@code /sns/auth}.
 */
public final class OAuthEndpoints {
    private final Accounts accounts;
    private final OAuthGrants grants;

    public OAuthEndpoints(Accounts accounts, OAuthGrants grants) {
        this.accounts = accounts;
        this.grants = grants;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.get("/connect/oauth2/authorize", this::authorize);
        router.post("/connect/oauth2/authorize/confirm", this::confirm);
        router.get("/sns/oauth2/access_token", this::accessToken);
        router.get("/sns/oauth2/refresh_token", this::refreshToken);
        router.get("/sns/userinfo", this::userInfo);
        router.get("/sns/auth", this::auth);
    }

    private Answer authorize(Request r) {
        Map<String, String> q = r.queryParams();
        String problem = problem(q);
        if (problem != null) {
            return ConsentPage.error(problem);
        }
        String appId = q.get("appid");
        String scope = q.get("scope");
        String chosen = q.get("emulator_openid");
        List<FakeUser> users = accounts.users(appId);
        if (chosen != null) {
            FakeUser u = accounts.user(chosen);
            if (u == null || !u.appId().equals(appId)) {
                return ConsentPage.error("40003 invalid openid: " + chosen);
            }
            if (scope.equals("snsapi_base")) {
                return Answer.redirect(redirect(q.get("redirect_uri"), grants.code(appId, chosen, scope),
                        q.get("state")));
            }
            users = List.of(u);
        }
        return Answer.html(ConsentPage.render(accounts.require(appId), q, users));
    }

    private Answer confirm(Request r) {
        Map<String, String> form = Request.parseForm(r.bodyString());
        String problem = problem(form);
        if (problem != null) {
            return ConsentPage.error(problem);
        }
        String appId = form.get("appid");
        String state = form.get("state");
        if (!"allow".equals(form.get("decision"))) {
            return Answer.redirect(redirect(form.get("redirect_uri"), null, state));
        }
        FakeUser u = accounts.user(form.get("openid"));
        if (u == null || !u.appId().equals(appId)) {
            return ConsentPage.error("choose a fake user of " + appId);
        }
        return Answer.redirect(redirect(form.get("redirect_uri"), grants.code(appId, u.openid(), form.get("scope")),
                state));
    }

    /** WeChat's authorize-page errors (api-reference §11), or null when the request is acceptable. */
    private String problem(Map<String, String> q) {
        if (q.getOrDefault("appid", "").isEmpty()) {
            return "10012 appid empty";
        }
        if (accounts.find(q.get("appid")) == null) {
            return "40013 invalid appid";
        }
        if (q.getOrDefault("redirect_uri", "").isEmpty()) {
            return "10011 redirect_uri empty";
        }
        String scope = q.getOrDefault("scope", "");
        if (scope.isEmpty()) {
            return "10010 scope empty";
        }
        if (!scope.equals("snsapi_base") && !scope.equals("snsapi_userinfo")) {
            return "10005 scope invalid: " + scope;
        }
        if (!"code".equals(q.get("response_type"))) {
            return "response_type must be code";
        }
        if (q.getOrDefault("state", "").getBytes(StandardCharsets.UTF_8).length > 128) {
            return "state longer than 128 bytes";
        }
        return null;
    }

    static String redirect(String uri, String code, String state) {
        StringBuilder sb = new StringBuilder(uri).append(uri.contains("?") ? '&' : '?');
        if (code != null) {
            sb.append("code=").append(code).append('&');
        }
        sb.append("state=").append(URLEncoder.encode(state == null ? "" : state, StandardCharsets.UTF_8));
        return sb.toString();
    }

    private Answer accessToken(Request r) {
        Account a = credentials(r);
        if (!"authorization_code".equals(r.query("grant_type"))) {
            throw new ApiError(40002, "invalid grant_type");
        }
        OAuthGrants.Grant g = grants.redeem(a.appId(), r.query("code"));
        return tokenAnswer(r, g, grants.issue(g, null));
    }

    private Answer refreshToken(Request r) {
        Account a = accounts.require(r.query("appid"));
        if (!"refresh_token".equals(r.query("grant_type"))) {
            throw new ApiError(40002, "invalid grant_type");
        }
        String refresh = r.query("refresh_token");
        OAuthGrants.Grant g = grants.refresh(a.appId(), refresh);
        return tokenAnswer(r, g, grants.issue(g, refresh));
    }

    private Answer tokenAnswer(Request r, OAuthGrants.Grant g, String[] issued) {
        ObjectNode out = r.codec().object().put("access_token", issued[0])
                .put("expires_in", OAuthGrants.TOKEN_TTL.toSeconds()).put("refresh_token", issued[1])
                .put("openid", g.openid()).put("scope", g.scope());
        if (g.scope().equals("snsapi_userinfo")) {
            out.put("unionid", accounts.user(g.openid()).unionid());
        }
        return Answer.json(out);
    }

    private Answer userInfo(Request r) {
        OAuthGrants.Grant g = grants.token(r.query("access_token"), r.query("openid"));
        if (!g.scope().equals("snsapi_userinfo")) {
            throw new ApiError(48001, "api unauthorized");
        }
        FakeUser u = accounts.user(g.openid());
        ObjectNode out = r.codec().object().put("openid", u.openid()).put("nickname", u.nickname()).put("sex", 0)
                .put("province", "").put("city", "").put("country", "").put("headimgurl", "");
        out.putArray("privilege");
        out.put("unionid", u.unionid());
        return Answer.json(out);
    }

    private Answer auth(Request r) {
        grants.token(r.query("access_token"), r.query("openid"));
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    private Account credentials(Request r) {
        Account a = accounts.require(r.query("appid"));
        String secret = r.query("secret");
        if (!ConstantTime.equals(a.secret(), secret)) {
            throw new ApiError(40125, "invalid appsecret");
        }
        return a;
    }
}
