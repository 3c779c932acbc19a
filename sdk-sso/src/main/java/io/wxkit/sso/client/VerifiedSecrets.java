package io.wxkit.sso.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.wxkit.core.internal.crypto.ConstantTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.function.BiPredicate;

/**
 * Remembers, for a few minutes, which secret a stored Argon2id hash was last verified against, as its SHA-256, so a
 * business system redeeming ticket after ticket pays Argon2id (19 MiB, ≈ 50 ms of CPU in pure Java) once per
 * {@link #TTL} instead of on every redemption: under load the hashing was the examples app's largest CPU cost.
 *
 * <p>Why this keeps the guarantees: the secrets are 256-bit random tokens the registry generated, so their SHA-256
 * is as hard to invert as the Argon2id hash is to brute-force; a presented secret that does not match the
 * remembered digest (a wrong secret, or a guess) still goes through the full Argon2id check, so guessing is no
 * faster; the key is the stored hash itself (its own salt), so a rotation or a new secret is never answered from an
 * old entry. The cache is bounded and forgets entries {@link #TTL} after they were written.
 */
final class VerifiedSecrets {
    static final Duration TTL = Duration.ofMinutes(10);

    private final Cache<String, byte[]> byStoredHash = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(TTL).build();

    /**
     * {@code check.test(secret, stored)} (the Argon2id {@link SecretHasher#matches}), answered from the remembered
     * digest when it is the secret last verified against {@code stored}.
     */
    boolean matches(BiPredicate<String, String> check, String secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        byte[] digest = sha256(secret);
        byte[] known = byStoredHash.getIfPresent(stored);
        if (known != null && ConstantTime.equals(known, digest)) {
            return true;
        }
        boolean ok = check.test(secret, stored);
        if (ok) {
            byStoredHash.put(stored, digest);
        }
        return ok;
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
