package io.wxkit.examples.wechat;

import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded emulator's random source: a {@code SHA1PRNG} seeded, before its first use, from a per-installation
 * seed file ({@code <data-dir>/emulator-seed}, 32 random bytes written on the first start).
 *
 * <p>Why: the emulator draws openids from its random source, so with the same seed and the same creation order
 * (accounts, then {@code DemoUsers}, before any request reaches it) the fake users get the same openids on every
 * start, and the demo's database rows that name an openid stay valid across restarts. The seed is random per data
 * directory, not a constant in the repository, so nobody else can predict this installation's emulator tokens;
 * deleting the data directory starts over with new openids (and a new database). The emulator only listens on
 * 127.0.0.1 and is a development tool: its tokens protecting nothing real is why a repeatable random is acceptable.
 */
final class EmulatorSeed {
    private static final String FILE = "emulator-seed";

    private EmulatorSeed() {
    }

    static SecureRandom randomFor(Path dataDir) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            // seeded before the first nextBytes: SHA1PRNG then yields the same sequence for the same seed
            random.setSeed(seed(dataDir));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA1PRNG", e);
        }
    }

    /** The installation's seed (created on first use); {@link DemoCredentials} derives the credentials from it. */
    static byte[] seed(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        String text = LocalKeys.textOnce(file, () -> {
            byte[] seed = new byte[32];
            new SecureRandom().nextBytes(seed);
            return HexFormat.of().formatHex(seed) + "\n";
        });
        try {
            return HexFormat.of().parseHex(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file.toAbsolutePath() + " is not hexadecimal: delete it to start over", e);
        }
    }
}
