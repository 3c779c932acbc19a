package io.wxkit.sso.broker;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.oauth.Lang;
import io.wxkit.mp.oauth.OAuthToken;
import io.wxkit.mp.oauth.OAuthUser;
import io.wxkit.mp.oauth.Scope;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.Client;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.error.SsoError;
import io.wxkit.sso.error.SsoException;
import io.wxkit.sso.internal.Secrets;
import io.wxkit.sso.internal.Text;
import io.wxkit.sso.internal.ticket.TicketGrant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /authorize} (client → broker → WeChat) and {@code GET /callback} (WeChat → broker → client with
 * a ticket). Nothing redirects anywhere but to a registered URI, compared exactly; errors before the redirect
 * URI is proven answer the browser directly.
 */
final class AuthorizeFlow {
    private final BrokerContext ctx;

    AuthorizeFlow(BrokerContext ctx) {
        this.ctx = ctx;
    }

    BrokerResponse authorize(BrokerRequest r) {
        String clientId = r.query().get("client_id");
        String redirectUri = r.query().get("redirect_uri");
        String clientState = r.query().getOrDefault("state", "");
        String ip = r.clientIp();
        Client client = ctx.clients.find(clientId).filter(Client::active).orElseThrow(() ->
                refuse("authorize", SsoError.INVALID_CLIENT, clientId, null, ip, "unknown or disabled client"));
        if (!ClientRegistry.redirectAllowed(client, redirectUri)) {
            throw refuse("authorize", SsoError.INVALID_REDIRECT_URI, clientId, null, ip,
                    "unregistered redirect_uri " + Text.safe(redirectUri, 200));
        }
        if (clientState.length() > 512 || !clientState.isEmpty() && !Text.isPlain(clientState, 512)) {
            throw refuse("authorize", SsoError.INVALID_REQUEST, clientId, null, ip, "state must be <= 512 plain chars");
        }
        boolean profile = client.claims().contains(Claim.PROFILE);
        // 128 random bits in hex: WeChat's state alphabet is [A-Za-z0-9]{1,128}
        String state = Secrets.randomHex(ctx.random, 16);
        ctx.states.issueAs(state, new PendingAuthorization(clientId, redirectUri, clientState, profile), ctx.stateTtl);
        String wechat = ctx.oauth.authorizeUrl(ctx.publicBaseUrl + "/callback",
                profile ? Scope.USERINFO : Scope.BASE, state);
        ctx.audit.record("anonymous", "authorize", "ok", clientId, null, null, ip, profile ? "snsapi_userinfo"
                : "snsapi_base");
        return BrokerResponse.redirect(wechat, List.of(ctx.cookie.issue(state, ctx.stateTtl)));
    }

    BrokerResponse callback(BrokerRequest r) {
        String state = r.query().get("state");
        String ip = r.clientIp();
        if (!ctx.cookie.matches(r.cookies().get(StateCookie.NAME), state)) {
            throw refuse("callback", SsoError.INVALID_STATE, null, null, ip, "state does not match this browser");
        }
        Optional<PendingAuthorization> pending = ctx.states.take(state, PendingAuthorization.class);
        if (pending.isEmpty()) {
            throw refuse("callback", SsoError.INVALID_STATE, null, null, ip, "state expired or already used");
        }
        PendingAuthorization p = pending.get();
        List<String> clear = List.of(ctx.cookie.clear());
        String code = r.query().get("code");
        if (code == null || code.isEmpty()) {
            ctx.audit.record("anonymous", "callback", SsoError.ACCESS_DENIED.code(), p.clientId(), null, null, ip,
                    "user refused the authorization");
            return BrokerResponse.redirect(p.redirectUri() + sep(p.redirectUri()) + "error=access_denied&state="
                    + enc(p.clientState()), clear);
        }
        TicketGrant grant = identify(p, code, ip);
        String ticket = ctx.tickets.issue(grant, ctx.ticketTtl.plus(BrokerContext.EXPIRED_GRACE));
        ctx.audit.record("user:" + grant.openid(), "ticket.issue", "ok", p.clientId(), grant.openid(), null, ip, null);
        return BrokerResponse.redirect(p.redirectUri() + sep(p.redirectUri()) + "ticket=" + ticket + "&state="
                + enc(p.clientState()), clear);
    }

    private TicketGrant identify(PendingAuthorization p, String code, String ip) {
        try {
            OAuthToken token = ctx.oauth.exchangeCode(code);
            String nickname = null;
            String avatar = null;
            String unionid = token.unionid();
            if (p.profile() && token.scope() == Scope.USERINFO) {
                OAuthUser user = ctx.oauth.userInfo(token, Lang.ZH_CN);
                nickname = user.nickname();
                avatar = user.headImgUrl();
                unionid = user.unionid() != null ? user.unionid() : unionid;
            }
            long expires = ctx.clock.millis() + ctx.ticketTtl.toMillis();
            return new TicketGrant(p.clientId(), p.redirectUri(), token.openid(), unionid, nickname, avatar, expires);
        } catch (WxApiException e) {
            throw refuse("callback", SsoError.UPSTREAM_ERROR, p.clientId(), null, ip,
                    "WeChat refused the code: errcode " + e.errcode());
        }
    }

    private SsoException refuse(String action, SsoError error, String clientId, String openid, String ip, String why) {
        ctx.audit.record("anonymous", action, error.code(), clientId, openid, null, ip, why);
        return new SsoException(error, why);
    }

    static String sep(String uri) {
        return uri.contains("?") ? "&" : "?";
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
