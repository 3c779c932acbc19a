package io.wxkit.redis;

/**
 * Thrown when a Redis-backed wxkit store cannot reach Redis (down, unreachable, slower than the
 * command timeout, or answering with an error) and its {@link RedisFallback} is {@code NONE}; the
 * Lettuce exception is the cause.
 *
 * <p>The message names the store and the operation, never a key's secret part, a token or a ticket.
 * For a write that timed out, Redis may still have applied it.
 */
public final class RedisStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedisStoreException(String operation, Throwable cause) {
        super("Redis unavailable for " + operation + ": " + cause.getClass().getSimpleName(), cause);
    }
}
