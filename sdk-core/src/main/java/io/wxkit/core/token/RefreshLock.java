package io.wxkit.core.token;

/**
 * Proof that its holder is the one participant allowed to fetch a new credential for a key.
 * Closing it releases the lock only if it is still held by this owner (a lock that expired and was
 * taken by someone else is left alone).
 */
public interface RefreshLock extends AutoCloseable {
    /** Releases the lock if this owner still holds it; never throws. */
    @Override
    void close();
}
