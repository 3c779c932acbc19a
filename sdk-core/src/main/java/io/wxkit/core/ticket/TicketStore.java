package io.wxkit.core.ticket;

import java.time.Duration;
import java.util.Optional;

/**
 * Single-use, short-lived tickets (SSO login tickets, one-time links): a ticket can be taken once.
 *
 * <p>{@link #take} is atomic: of any number of concurrent callers with the same ticket (across
 * JVMs for a distributed store) exactly one receives the payload; the rest receive empty.
 */
public interface TicketStore {

    /**
     * Stores {@code payload} under {@code ticket} for at most {@code ttl}.
     *
     * @param ticket the ticket; the caller makes it unguessable
     * @param payload what {@link #take} returns, e.g. the session id or openid
     * @param ttl how long the ticket can be taken, counted from now
     */
    void put(String ticket, String payload, Duration ttl);

    /**
     * Returns and removes the payload of {@code ticket}; empty if unknown, expired or already taken.
     *
     * @param ticket the ticket presented
     * @return the payload, to one caller only
     */
    Optional<String> take(String ticket);
}
