package io.wxkit.emulator.internal.mp.user;

import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Resettable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * User tags per account: ids 0–99 are WeChat's (id 2 "星标组" exists on every account), created tags start at
 * 100; at most 100 tags, names 1–30 characters and unique (45157 / 45158 / 45056, 45159 for an unknown id).
 * Thread-safe.
 */
final class Tags implements Resettable {
    static final int STARRED = 2;
    private final Map<String, Map<Integer, String>> byApp = new HashMap<>();
    private final Map<String, Integer> nextId = new HashMap<>();

    synchronized int create(String appId, String name) {
        checkName(name);
        Map<Integer, String> tags = tags(appId);
        if (tags.containsValue(name)) {
            throw new ApiError(45157, "invalid tag name");
        }
        if (tags.size() >= 100) {
            throw new ApiError(45056, "too many tags now, no need to add new");
        }
        int id = nextId.merge(appId, 1, Integer::sum) + 99;
        tags.put(id, name);
        return id;
    }

    synchronized void update(String appId, int id, String name) {
        checkName(name);
        requireCustom(appId, id);
        Map<Integer, String> tags = tags(appId);
        if (tags.containsValue(name) && !name.equals(tags.get(id))) {
            throw new ApiError(45157, "invalid tag name");
        }
        tags.put(id, name);
    }

    synchronized void delete(String appId, int id) {
        requireCustom(appId, id);
        tags(appId).remove(id);
    }

    /**
     * Checks that a tag exists.
     *
     * @throws ApiError 45159 (invalid tag id) otherwise
     */
    synchronized void require(String appId, int id) {
        if (!tags(appId).containsKey(id)) {
            throw new ApiError(45159, "invalid tag id");
        }
    }

    synchronized Map<Integer, String> all(String appId) {
        return new LinkedHashMap<>(tags(appId));
    }

    private void requireCustom(String appId, int id) {
        if (id < 100) {
            throw new ApiError(45058, "can't modify sys tag");
        }
        require(appId, id);
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new ApiError(45157, "invalid tag name");
        }
        if (name.codePointCount(0, name.length()) > 30) {
            throw new ApiError(45158, "tag name too long");
        }
    }

    private Map<Integer, String> tags(String appId) {
        return byApp.computeIfAbsent(appId, k -> {
            Map<Integer, String> m = new LinkedHashMap<>();
            m.put(STARRED, "星标组");
            return m;
        });
    }

    @Override
    public synchronized void reset() {
        byApp.clear();
        nextId.clear();
    }
}
