package io.wxkit.modules.lottery;

import java.security.SecureRandom;

/**
 * Redemption codes: 10 characters of Crockford's base32 (no I, L, O, U: nothing to misread at a counter),
 * 50 random bits from the SecureRandom. Guessing one of a million live codes takes ~10^9 tries; the
 * unique key on the code turns the rare collision into a re-run of the draw transaction.
 */
final class RedemptionCodes {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;

    private RedemptionCodes() {
    }

    static String next(SecureRandom random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** Whether {@code code} has the shape of a redemption code (checked before any query). */
    static boolean wellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
