package io.wxkit.emulator.internal.pay;

import java.security.SecureRandom;

/** Random numbers in the shapes WeChat Pay hands out (digit strings, alphanumeric nonces). Thread-safe. */
final class PayIds {
    private static final String ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz";
    private final SecureRandom random;

    PayIds(SecureRandom random) {
        this.random = random;
    }

    /** {@code n} random decimal digits. */
    String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    /** {@code n} random letters and digits. */
    String alphanumeric(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHANUM.charAt(random.nextInt(ALPHANUM.length())));
        }
        return sb.toString();
    }

    /** A random int in {@code [0, bound)}. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
