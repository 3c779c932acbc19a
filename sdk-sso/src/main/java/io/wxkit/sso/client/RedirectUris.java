package io.wxkit.sso.client;

import io.wxkit.sso.error.SsoError;
import io.wxkit.sso.error.SsoException;
import io.wxkit.sso.internal.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules for registered redirect URIs, and the exact-match check that defeats open redirects. */
final class RedirectUris {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private RedirectUris() {
    }

    /**
     * Checks a URI at registration: absolute, https (http only on a loopback host, for development),
     * no userinfo, no fragment, no wildcard, no whitespace or control characters, at most 1000 characters.
     */
    static String requireRegistrable(String uri) {
        if (!Text.isPlain(uri, 1000) || uri.contains("*") || uri.contains(" ") || uri.contains("\\")) {
            throw invalid("a redirect URI must be 1..1000 plain characters without wildcards, spaces or backslashes");
        }
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw invalid("not a valid URI: " + Text.safe(uri, 100));
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme();
        String host = parsed.getHost() == null ? "" : parsed.getHost().toLowerCase(Locale.ROOT);
        if (!parsed.isAbsolute() || host.isEmpty() || parsed.getRawUserInfo() != null || parsed.getRawFragment() != null) {
            throw invalid("a redirect URI must be absolute with a host, without userinfo or fragment");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
            throw invalid("a redirect URI must use https (http only on 127.0.0.1/localhost)");
        }
        return uri;
    }

    /**
     * Whether {@code requested} is exactly one of {@code registered}: character for character, so no
     * prefix, case, trailing-slash, percent-encoding or userinfo variation ever matches.
     */
    static boolean matches(List<String> registered, String requested) {
        return requested != null && registered.contains(requested);
    }

    private static SsoException invalid(String why) {
        return new SsoException(SsoError.INVALID_REDIRECT_URI, why);
    }
}
