package io.wxkit.core.internal.token;

import io.wxkit.core.token.Credential;
import io.wxkit.core.http.WxApiException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Bounded waits of {@link CredentialCache} callers on another caller's fetch. */
public final class Waits {
    private Waits() {}

    /**
     * The result of {@code future} by {@code deadline} ({@link System#nanoTime()}): its credential, or
     * the very exception the fetch threw, or {@code timeout}'s exception.
     */
    public static Credential join(CompletableFuture<Credential> future, long deadline, Supplier<WxApiException> timeout,
            String key) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timeout.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(key);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public static WxApiException interrupted(String key) {
        return WxApiException.unusable("interrupted while waiting for " + key, "credential " + key);
    }
}
