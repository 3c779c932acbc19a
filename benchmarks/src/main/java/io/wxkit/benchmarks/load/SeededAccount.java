package io.wxkit.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The callback keys of an examples-app account, derived from the installation's seed the way the app derives them
 * (examples' {@code DemoCredentials}: HMAC-SHA256 of the 32-byte {@code <data-dir>/emulator-seed} over
 * {@code token:<appId>} and {@code aes:<appId>}, counter blocks) — the app prints them nowhere and the emulator's
 * control API never gives them out, and a second instance finds them the same way. With them the driver signs and
 * encrypts callbacks itself and sends each to either instance at random ({@link CallbackOperation}). This is a
 * copy of the app's derivation: if the app changes it, every callback here fails its signature, loudly.
 */
final class SeededAccount {
    private static final String AES_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private SeededAccount() {
    }

    static CallbackOperation.Account of(Path dataDir, String appId, String originalId, String callbackPath) throws IOException {
        byte[] seed = HexFormat.of().parseHex(Files.readString(dataDir.resolve("emulator-seed")).strip());
        String token = HexFormat.of().formatHex(derive(seed, "token:" + appId, 16));
        byte[] a = derive(seed, "aes:" + appId, 43);
        StringBuilder aes = new StringBuilder(43);
        for (byte x : a) {
            aes.append(AES_ALPHABET.charAt((x & 0xff) % AES_ALPHABET.length()));
        }
        return new CallbackOperation.Account(appId, originalId, token, aes.toString(), callbackPath);
    }

    private static byte[] derive(byte[] seed, String label, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            byte[] out = new byte[length];
            int filled = 0;
            for (int block = 1; filled < length; block++) {
                mac.update(label.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) block);
                byte[] chunk = mac.doFinal();
                int n = Math.min(chunk.length, length - filled);
                System.arraycopy(chunk, 0, out, filled, n);
                filled += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }
}
