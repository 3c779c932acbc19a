package io.wxkit.spring.oauth;

import java.util.Optional;

/**
 * Where a finished login may send the browser: only a path on this origin. Anything else ({@code https://evil},
 * {@code //evil}, {@code /\evil}, control characters) would turn the login into an open redirect.
 */
final class ReturnPath {
    private static final int MAX_LENGTH = 2048;

    private ReturnPath() {
    }

    /** The path itself when it is a same-origin absolute path (with an optional query), else empty. */
    static Optional<String> sameOrigin(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || candidate.charAt(0) != '/') {
            return Optional.empty();
        }
        if (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\')) {
            return Optional.empty(); // protocol-relative: browsers read "//host" and "/\host" as another origin
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return Optional.empty(); // CR/LF would split headers; spaces and backslashes are never in a sent URL
            }
        }
        return Optional.of(candidate);
    }
}
