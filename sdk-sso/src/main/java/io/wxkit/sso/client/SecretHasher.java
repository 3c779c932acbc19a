package io.wxkit.sso.client;

import io.wxkit.core.internal.crypto.ConstantTime;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing for client secrets, in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, base64 without padding).
 *
 * <pre>{@code
 * SecretHasher hasher = SecretHasher.owaspDefault();
 * String stored = hasher.hash(secret, random);
 * }</pre>
 *
 * <p>The parameters are part of each stored hash, so a stronger setting applies to new secrets while
 * old hashes still verify. Immutable and thread-safe.
 *
 * @param memoryKib memory cost in KiB (≥ 8)
 * @param iterations time cost (≥ 1)
 * @param parallelism lanes (≥ 1)
 */
public record SecretHasher(int memoryKib, int iterations, int parallelism) {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /**
     * Validates the cost parameters.
     *
     * @param memoryKib memory cost in KiB (≥ 8)
     * @param iterations time cost (≥ 1)
     * @param parallelism lanes (≥ 1)
     */
    public SecretHasher {
        if (memoryKib < 8 || iterations < 1 || parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("argon2id needs memory >= 8 KiB, iterations >= 1, parallelism 1..16");
        }
    }

    /**
     * OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane.
     *
     * @return {@code new SecretHasher(19456, 2, 1)}
     */
    public static SecretHasher owaspDefault() {
        return new SecretHasher(19 * 1024, 2, 1);
    }

    /**
     * Hashes {@code secret} with a fresh 16-byte salt.
     *
     * @param secret the client secret in clear text
     * @param random the salt source
     * @return the PHC string, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (base64 without padding)
     * @throws NullPointerException if {@code secret} is null
     */
    public String hash(String secret, SecureRandom random) {
        Objects.requireNonNull(secret, "secret");
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] out = derive(secret, salt, memoryKib, iterations, parallelism, 32);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /**
     * Whether {@code secret} matches {@code stored}, compared in constant time; a malformed
     * {@code stored} value matches nothing.
     *
     * @param secret the presented secret; null matches nothing
     * @param stored a value {@link #hash} returned; null matches nothing
     * @return true if {@code secret} hashes to {@code stored} under the parameters {@code stored} names
     */
    public boolean matches(String secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            String[] cost = parts[3].split(",");
            int m = Integer.parseInt(cost[0].substring(2));
            int t = Integer.parseInt(cost[1].substring(2));
            int p = Integer.parseInt(cost[2].substring(2));
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            return ConstantTime.equals(derive(secret, salt, m, t, p, expected.length), expected);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] derive(String secret, byte[] salt, int m, int t, int p, int length) {
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build());
        byte[] out = new byte[length];
        gen.generateBytes(secret.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
