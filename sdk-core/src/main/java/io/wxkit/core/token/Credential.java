package io.wxkit.core.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A short-lived WeChat credential (an {@code access_token} or a {@code jsapi_ticket}) and the
 * instant it stops being valid.
 *
 * <p>{@link #toString()} never shows the value: credentials end up in logs by accident otherwise.
 *
 * @param value the credential exactly as WeChat issued it
 * @param expiresAt when WeChat stops accepting it
 */
public record Credential(String value, Instant expiresAt) {
    /**
     * Checks the credential.
     *
     * @param value the credential exactly as WeChat issued it
     * @param expiresAt when WeChat stops accepting it
     * @throws NullPointerException if {@code value} or {@code expiresAt} is null
     * @throws IllegalArgumentException if {@code value} is empty
     */
    public Credential {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("credential value is empty");
        }
    }

    /**
     * Whether the credential is still valid at {@code now}.
     *
     * @param now the instant to check
     * @return true if {@code now} is strictly before {@link #expiresAt()}
     */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Credential[value=***, expiresAt=" + expiresAt + "]";
    }
}
