package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One virtual user's cookies, per origin (host and port) and per role ({@code wechat} for the phone's web
 * view, {@code staff} for the admin console): what a phone's browser keeps. Loopback only, so no domain or
 * path rules are needed: every cookie an origin sets goes back to that origin. Touched by one thread at a time
 * (a user has one request in flight), synchronised anyway because the threads change.
 */
final class CookieJar {
    private final Map<String, Map<String, String>> byOrigin = new HashMap<>();

    synchronized String header(String role, URI uri) {
        Map<String, String> cookies = byOrigin.get(key(role, uri));
        if (cookies == null || cookies.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner("; ");
        cookies.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    synchronized void store(String role, HttpResponse<?> response) {
        for (String set : response.headers().allValues("set-cookie")) {
            int eq = set.indexOf('=');
            int end = set.indexOf(';');
            if (eq < 1) {
                continue;
            }
            String name = set.substring(0, eq).strip();
            String value = set.substring(eq + 1, end < 0 ? set.length() : end).strip();
            Map<String, String> cookies = byOrigin.computeIfAbsent(key(role, response.uri()), k -> new LinkedHashMap<>());
            if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    synchronized void clear(String role, URI uri) {
        byOrigin.remove(key(role, uri));
    }

    private static String key(String role, URI uri) {
        return role + "@" + uri.getHost() + ":" + uri.getPort();
    }
}
