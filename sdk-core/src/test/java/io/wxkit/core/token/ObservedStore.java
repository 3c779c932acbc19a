package io.wxkit.core.token;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** A {@link TokenStore} that lets a test wait until callers have tried the refresh lock a few times. */
public class ObservedStore implements TokenStore {
    private final TokenStore delegate;
    public final CountDownLatch lockAttempts;

    public ObservedStore(TokenStore delegate, int lockAttemptsToWaitFor) {
        this.delegate = delegate;
        this.lockAttempts = new CountDownLatch(lockAttemptsToWaitFor);
    }

    @Override
    public Optional<Credential> get(String key) {
        return delegate.get(key);
    }

    @Override
    public void put(String key, Credential credential) {
        delegate.put(key, credential);
    }

    @Override
    public void invalidate(String key, String value) {
        delegate.invalidate(key, value);
    }

    @Override
    public Optional<RefreshLock> tryLock(String key, Duration ttl) {
        Optional<RefreshLock> lock = delegate.tryLock(key, ttl);
        lockAttempts.countDown();
        return lock;
    }
}
