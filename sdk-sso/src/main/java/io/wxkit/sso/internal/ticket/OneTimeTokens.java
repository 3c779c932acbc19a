package io.wxkit.sso.internal.ticket;

import io.wxkit.core.json.Json;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.sso.internal.Secrets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Single-use random tokens over the core {@link TicketStore}: login tickets, OAuth states and binding
 * tokens, each under its own key prefix.
 *
 * <pre>{@code
 * String ticket = tickets.issue(grant, Duration.ofSeconds(60));
 * Optional<TicketGrant> g = tickets.take(ticket, TicketGrant.class);
 * }</pre>
 *
 * <p>A token is 128 random bits (base64url, 22 characters); the store only ever sees
 * {@code <prefix>SHA-256(token)}, so a store dump or a Redis key listing reveals no usable token.
 * {@link #take} is as atomic as the store: exactly one of any number of racing callers gets the value.
 * Thread-safe.
 */
public final class OneTimeTokens {
    private final TicketStore store;
    private final String prefix;
    private final SecureRandom random;
    private final Json json = Json.create();

    /** Tokens under {@code prefix} (e.g. {@code "sso-ticket:"}) in {@code store}. */
    public OneTimeTokens(TicketStore store, String prefix, SecureRandom random) {
        this.store = Objects.requireNonNull(store, "store");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Stores {@code value} (as JSON) under a fresh token for {@code ttl} and returns the token. */
    public String issue(Object value, Duration ttl) {
        String token = Secrets.randomToken(random, 16);
        store.put(key(token), json.write(value), ttl);
        return token;
    }

    /**
     * Stores {@code value} under a token the caller generated (≥ 128 random bits, e.g. an OAuth state whose
     * alphabet is restricted) for {@code ttl}.
     */
    public void issueAs(String token, Object value, Duration ttl) {
        if (token == null || token.length() < 22) {
            throw new IllegalArgumentException("a caller-chosen token must carry at least 128 random bits");
        }
        store.put(key(token), json.write(value), ttl);
    }

    /** Takes (at most once) the value of {@code token}; empty when unknown, taken or past the store's TTL. */
    public <T> Optional<T> take(String token, Class<T> type) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        return store.take(key(token)).map(v -> json.read(v, type));
    }

    private String key(String token) {
        return prefix + Secrets.sha256Hex(token);
    }
}
