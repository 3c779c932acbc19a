package io.wxkit.redis;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The fake WeChat of issue 11's invalidation storm: every {@code stable_token} request, forced or
 * not, issues a new token and only the newest is accepted (so any extra fetch by one JVM makes the
 * others' calls fail with 40001 and shows up in the count), and {@link #reject()} makes WeChat
 * refuse the current token with 40001, as when another service force-refreshes it.
 * {@code /cgi-bin/user/info} answers only the current valid token.
 */
final class StormWeChat extends Dispatcher {
    private int issued;
    private boolean valid;
    private int fetches;
    private int forcedFetches;
    private int rejections;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/cgi-bin/stable_token")) {
            return json(fetch(request.getBody().utf8().contains("\"force_refresh\":true")));
        }
        if (path.equals("/cgi-bin/user/info")) {
            return json(accepts(request.getUrl().queryParameter("access_token"))
                    ? "{\"subscribe\":1,\"openid\":\"OPENID\",\"nickname\":\"storm\"}"
                    : "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}");
        }
        return new MockResponse.Builder().code(404).build();
    }

    private synchronized String fetch(boolean force) {
        fetches++;
        if (force) {
            forcedFetches++;
        }
        issued++; // as in the measurement: any fetch, forced or not, issues a new token
        valid = true;
        return "{\"access_token\":\"STORM_" + issued + "\",\"expires_in\":7200}";
    }

    private synchronized boolean accepts(String token) {
        return valid && ("STORM_" + issued).equals(token);
    }

    /** WeChat stops accepting the current token (if there is a valid one). */
    synchronized void reject() {
        if (valid) {
            valid = false;
            rejections++;
        }
    }

    synchronized int fetches() {
        return fetches;
    }

    synchronized int forcedFetches() {
        return forcedFetches;
    }

    synchronized int rejections() {
        return rejections;
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }
}
