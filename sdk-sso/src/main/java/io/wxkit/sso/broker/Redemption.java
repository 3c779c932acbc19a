package io.wxkit.sso.broker;

import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.Client;
import io.wxkit.sso.error.SsoError;
import io.wxkit.sso.error.SsoException;
import io.wxkit.sso.internal.ticket.TicketGrant;
import java.time.Duration;
import java.util.Optional;

/**
 * The server-to-server side: authenticate the client (rate-limited), then redeem a ticket, bind with a
 * binding token, introspect or revoke a session. Every decision is audited with the caller's IP.
 */
final class Redemption {
    static final Duration BINDING_TOKEN_TTL = Duration.ofMinutes(10);

    private final BrokerContext ctx;

    Redemption(BrokerContext ctx) {
        this.ctx = ctx;
    }

    /** The client behind {@code clientId}/{@code secret}, or a refusal ({@code rate_limited}, {@code invalid_client}). */
    Client authenticate(String clientId, String secret, String ip, String action) {
        String id = clientId == null ? "" : clientId;
        if (ctx.guard.locked(id, ip)) {
            throw refuse("client:" + id, action, SsoError.RATE_LIMITED, id, null, ip, "too many failed authentications");
        }
        Optional<Client> client = ctx.clients.authenticate(clientId, secret);
        if (client.isEmpty()) {
            ctx.guard.failed(id, ip);
            throw refuse("client:" + id, action, SsoError.INVALID_CLIENT, id, null, ip, "client authentication failed");
        }
        return client.get();
    }

    Identity redeem(String clientId, String secret, String ticket, String redirectUri, String ip) {
        Client client = authenticate(clientId, secret, ip, "redeem");
        String actor = "client:" + client.clientId();
        TicketGrant g = ctx.tickets.take(ticket, TicketGrant.class).orElseThrow(() ->
                refuse(actor, "redeem", SsoError.INVALID_TICKET, clientId, null, ip, "unknown or already redeemed"));
        if (!g.clientId().equals(client.clientId())) {
            // the ticket is consumed anyway: a ticket that leaked to another client is dead for everyone
            throw refuse(actor, "redeem", SsoError.INVALID_TICKET, clientId, g.openid(), ip,
                    "ticket issued to another client");
        }
        if (redirectUri != null && !redirectUri.equals(g.redirectUri())) {
            throw refuse(actor, "redeem", SsoError.INVALID_TICKET, clientId, g.openid(), ip, "redirect_uri differs");
        }
        if (ctx.clock.millis() >= g.expiresAtMillis()) {
            throw refuse(actor, "redeem", SsoError.TICKET_EXPIRED, clientId, g.openid(), ip, "ticket expired");
        }
        Identity identity = identity(client, g);
        ctx.audit.record(actor, "redeem", "ok", clientId, g.openid(), identity.accountId(), ip, identity.status());
        return identity;
    }

    private Identity identity(Client client, TicketGrant g) {
        boolean unionid = client.claims().contains(Claim.UNIONID);
        boolean profile = client.claims().contains(Claim.PROFILE);
        String u = unionid ? g.unionid() : null;
        String nick = profile ? g.nickname() : null;
        String avatar = profile ? g.avatar() : null;
        Optional<Binding> binding = ctx.bindings.find(client.clientId(), g.openid());
        if (binding.isEmpty()) {
            String token = ctx.bindingTokens.issue(new BindingGrant(client.clientId(), g.openid(), g.unionid()),
                    BINDING_TOKEN_TTL);
            return new Identity(g.openid(), u, nick, avatar, "unbound", null, null, token, ctx.publicBaseUrl + "/bind");
        }
        if (!binding.get().active()) {
            return new Identity(g.openid(), u, nick, avatar, "suspended", null, null, null, null);
        }
        String account = client.claims().contains(Claim.ACCOUNT) ? binding.get().accountId() : null;
        String session = ctx.sessions.open(client.clientId(), g.openid());
        return new Identity(g.openid(), u, nick, avatar, "bound", account, session, null, null);
    }

    Binding bind(Client client, String bindingToken, String accountId, BindProof proof, String ip) {
        String actor = "client:" + client.clientId();
        BindingGrant g = ctx.bindingTokens.take(bindingToken, BindingGrant.class)
                .filter(b -> b.clientId().equals(client.clientId()))
                .orElseThrow(() -> refuse(actor, "bind", SsoError.INVALID_TICKET, client.clientId(), null, ip,
                        "unknown, used or foreign binding token"));
        return ctx.bindings.bind(g.openid(), client.clientId(), accountId, g.unionid(), proof);
    }

    private SsoException refuse(String actor, String action, SsoError error, String clientId, String openid, String ip,
                                String why) {
        ctx.audit.record(actor, action, error.code(), clientId, openid, null, ip, why);
        return new SsoException(error, why);
    }
}
