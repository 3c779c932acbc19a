package io.wxkit.emulator.account;

import java.util.Locale;

/** The message encryption mode configured for an Official Account (明文 / 兼容 / 安全). */
public enum CallbackMode {
    /** Plain XML, signed by {@code signature} only. */
    PLAIN,
    /** Plain fields plus an {@code <Encrypt>} envelope ({@code encrypt_type=aes}, {@code msg_signature}). */
    COMPAT,
    /** Only the encrypted envelope; replies must be encrypted and signed. */
    SAFE;

    /**
     * Parses {@code plain|compat|safe}.
     *
     * @param wire {@code plain}, {@code compat} or {@code safe}, lower case
     * @return the mode
     * @throws IllegalArgumentException for anything else
     */
    public static CallbackMode fromWire(String wire) {
        for (CallbackMode m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(wire)) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode must be plain, compat or safe: " + wire);
    }

    /**
     * The control API's name for this mode.
     *
     * @return {@code plain}, {@code compat} or {@code safe}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
