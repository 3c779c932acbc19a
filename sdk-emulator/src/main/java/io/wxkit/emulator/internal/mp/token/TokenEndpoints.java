package io.wxkit.emulator.internal.mp.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.internal.crypto.ConstantTime;
import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;

/**
 * {@code GET /cgi-bin/token} and {@code POST /cgi-bin/stable_token}, and the control API's count of the tokens
 * granted ({@code GET /emulator/accounts/{appId}/token-grants}), which lets a test or load run in another
 * process check that several instances of an application fetched one token between them.
 */
public final class TokenEndpoints {
    private final Accounts accounts;
    private final Tokens tokens;

    public TokenEndpoints(Accounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.get("/cgi-bin/token", this::token);
        router.post("/cgi-bin/stable_token", this::stableToken);
        router.get("/emulator/accounts/{appId}/token-grants", this::grants);
    }

    private Answer grants(Request r) {
        String appId = r.pathParam("appId");
        if (accounts.find(appId) == null) {
            throw new ControlError(404, "no account " + appId);
        }
        return Answer.json(r.codec().object().put("appId", appId).put("grants", tokens.grantsTo(appId)));
    }

    private Answer token(Request r) {
        String appId = checkCredentials(r.query("grant_type"), r.query("appid"), r.query("secret"));
        return grant(r, tokens.classic(appId));
    }

    private Answer stableToken(Request r) {
        JsonNode body = r.json();
        String appId = checkCredentials(body.path("grant_type").asText(null), body.path("appid").asText(null),
                body.path("secret").asText(null));
        return grant(r, tokens.stable(appId, body.path("force_refresh").asBoolean(false)));
    }

    private String checkCredentials(String grantType, String appId, String secret) {
        if (!"client_credential".equals(grantType)) {
            throw new ApiError(40002, "invalid grant_type");
        }
        if (appId == null || appId.isEmpty()) {
            throw new ApiError(41002, "appid missing");
        }
        if (secret == null || secret.isEmpty()) {
            throw new ApiError(41004, "appsecret missing");
        }
        Account account = accounts.require(appId);
        if (!ConstantTime.equals(account.secret(), secret)) {
            throw new ApiError(40125, "invalid appsecret");
        }
        return appId;
    }

    private static Answer grant(Request r, Tokens.Grant g) {
        return Answer.json(r.codec().object().put("access_token", g.accessToken()).put("expires_in", g.expiresIn()));
    }
}
