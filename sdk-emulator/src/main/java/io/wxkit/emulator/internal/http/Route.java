package io.wxkit.emulator.internal.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One route: an HTTP method and a path pattern whose {@code {name}} segments bind path variables. */
record Route(String method, String pattern, List<String> segments, Handler handler) {

    Route {
        segments = List.copyOf(segments);
    }

    static Route of(String method, String pattern, Handler handler) {
        return new Route(method, pattern, List.of(pattern.substring(1).split("/", -1)), handler);
    }

    /** The path variables if {@code path} matches this pattern, else null. */
    Map<String, String> match(String path) {
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String seg = segments.get(i);
            if (seg.startsWith("{") && seg.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                params.put(seg.substring(1, seg.length() - 1), parts[i]);
            } else if (!seg.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }
}
