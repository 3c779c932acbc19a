package io.wxkit.sso.broker;

import io.wxkit.core.ticket.TicketStore;
import io.wxkit.mp.oauth.OAuthApi;
import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.binding.Bindings;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.internal.Secrets;
import io.wxkit.sso.session.Sessions;
import io.wxkit.sso.internal.ticket.OneTimeTokens;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** Everything the broker's endpoints share, wired once by {@code SsoBroker}. */
final class BrokerContext {
    /**
     * How long the store keeps a ticket after its lifetime: a late redemption then gets the precise
     * {@code ticket_expired} instead of {@code invalid_ticket}.
     */
    static final Duration EXPIRED_GRACE = Duration.ofMinutes(5);

    final ClientRegistry clients;
    final Bindings bindings;
    final Sessions sessions;
    final AuditLog audit;
    final OAuthApi oauth;
    final OneTimeTokens tickets;
    final OneTimeTokens states;
    final OneTimeTokens bindingTokens;
    final StateCookie cookie;
    final AttemptGuard guard;
    final String publicBaseUrl;
    final Clock clock;
    final SecureRandom random;
    final Duration ticketTtl;
    final Duration stateTtl;

    BrokerContext(BrokerSettings s) {
        this.clients = s.clients();
        this.bindings = s.bindings();
        this.sessions = s.sessions();
        this.audit = s.audit();
        this.oauth = s.oauth();
        this.clock = s.clock();
        this.ticketTtl = s.ticketTtl();
        this.stateTtl = s.stateTtl();
        this.publicBaseUrl = s.publicBaseUrl();
        this.random = s.random();
        TicketStore store = s.ticketStore();
        this.tickets = new OneTimeTokens(store, "wxkit-sso:ticket:", random);
        this.states = new OneTimeTokens(store, "wxkit-sso:state:", random);
        this.bindingTokens = new OneTimeTokens(store, "wxkit-sso:binding:", random);
        URI base = URI.create(s.publicBaseUrl());
        String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        this.cookie = new StateCookie(Secrets.derive(s.masterKey(), "state-cookie"), clock, path,
                "https".equals(base.getScheme()));
        this.guard = new AttemptGuard(s.rateLimiter(), clock, s.failuresPerClient(), s.failuresPerIp(),
                s.failureWindow());
    }
}
