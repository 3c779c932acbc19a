package io.wxkit.sso.broker;

import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.mp.oauth.OAuthApi;
import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.binding.Bindings;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.session.Sessions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The broker's settings, wired by {@code SsoBroker.builder()}.
 *
 * @param clients the client registry
 * @param bindings the bindings
 * @param sessions the sessions
 * @param audit the audit log
 * @param oauth WeChat web authorization of the Official Account
 * @param ticketStore single-use tokens (tickets, states, binding tokens)
 * @param rateLimiter counts failed client authentications
 * @param masterKey the broker's master key (≥ 32 bytes)
 * @param publicBaseUrl the broker's public URL (its endpoints hang below it)
 * @param clock the clock
 * @param random the random source
 * @param ticketTtl ticket lifetime
 * @param stateTtl authorization (state cookie) lifetime
 * @param failuresPerClient failed authentications per client per window
 * @param failuresPerIp failed authentications per IP per window
 * @param failureWindow the rate-limit window
 */
public record BrokerSettings(ClientRegistry clients, Bindings bindings, Sessions sessions, AuditLog audit, OAuthApi oauth,
                      TicketStore ticketStore, RateLimiter rateLimiter, byte[] masterKey, String publicBaseUrl,
                      Clock clock, SecureRandom random, Duration ticketTtl, Duration stateTtl,
                      int failuresPerClient, int failuresPerIp, Duration failureWindow) {
}
