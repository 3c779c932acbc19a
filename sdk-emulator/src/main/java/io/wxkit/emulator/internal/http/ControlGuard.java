package io.wxkit.emulator.internal.http;

import java.util.Locale;

/**
 * Keeps web pages the developer happens to open away from the control API. The emulator listens on loopback
 * only, but a browser still lets any site send a "simple" cross-site POST ({@code text/plain}, no preflight) to
 * 127.0.0.1, and DNS rebinding lets a site read loopback answers under its own host name. So every request
 * under {@code /emulator} must name a loopback {@code Host} (403 otherwise) and every control POST must be
 * {@code application/json} (415 otherwise), which a browser only sends cross-site after a CORS preflight the
 * emulator never grants.
 */
final class ControlGuard {
    private ControlGuard() {
    }

    /** The refusal for {@code request}, or null when it may go on (or is no control request). */
    static Answer check(Request request, Json json) {
        if (!Router.isControl(request)) {
            return null;
        }
        if (!isLoopback(request.header("Host"))) {
            return Answer.json(403, json.object().put("error", "the control API answers a loopback Host only"
                    + " (127.0.0.1, localhost or [::1])"));
        }
        if (request.method().equals("POST") && !isJson(request.header("Content-Type"))) {
            return Answer.json(415, json.object().put("error", "control POSTs must be Content-Type: application/json"));
        }
        return null;
    }

    /** True for 127.0.0.1, localhost and [::1], each with or without a port. */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        String name;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0 || !validPort(h.substring(close + 1))) {
                return false;
            }
            name = h.substring(0, close + 1);
        } else {
            int colon = h.indexOf(':');
            if (colon >= 0 && !validPort(h.substring(colon))) {
                return false;
            }
            name = colon < 0 ? h : h.substring(0, colon);
        }
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    /** "" or ":digits" (at most 5). */
    private static boolean validPort(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        if (rest.charAt(0) != ':' || rest.length() < 2 || rest.length() > 6) {
            return false;
        }
        for (int i = 1; i < rest.length(); i++) {
            if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when the media type (before any parameter) is application/json. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).strip();
        return type.equalsIgnoreCase("application/json");
    }
}
