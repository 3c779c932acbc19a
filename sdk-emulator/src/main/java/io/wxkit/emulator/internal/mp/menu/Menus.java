package io.wxkit.emulator.internal.mp.menu;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.internal.http.Resettable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The menus each account created: the default menu and its conditional menus. Thread-safe. */
public final class Menus implements Resettable {
    private final Map<String, State> byApp = new HashMap<>();
    private final AtomicLong ids = new AtomicLong(208379533);

    /** A conditional menu. */
    record Conditional(long menuid, JsonNode buttons, JsonNode matchrule) {
    }

    private static final class State {
        private JsonNode buttons;
        private long menuid;
        private final List<Conditional> conditionals = new ArrayList<>();
    }

    synchronized void create(String appId, JsonNode buttons) {
        State s = byApp.computeIfAbsent(appId, k -> new State());
        s.buttons = buttons.deepCopy();
        s.menuid = ids.incrementAndGet();
    }

    /** Returns the new menuid, or -1 when the account has no default menu. */
    synchronized long addConditional(String appId, JsonNode buttons, JsonNode matchrule) {
        State s = byApp.get(appId);
        if (s == null || s.buttons == null) {
            return -1;
        }
        long id = ids.incrementAndGet();
        s.conditionals.add(new Conditional(id, buttons.deepCopy(), matchrule.deepCopy()));
        return id;
    }

    synchronized boolean deleteConditional(String appId, long menuid) {
        State s = byApp.get(appId);
        return s != null && s.conditionals.removeIf(c -> c.menuid() == menuid);
    }

    synchronized void delete(String appId) {
        byApp.remove(appId);
    }

    /** The default menu's buttons, or null. */
    synchronized JsonNode defaultButtons(String appId) {
        State s = byApp.get(appId);
        return s == null ? null : s.buttons;
    }

    synchronized long defaultMenuid(String appId) {
        State s = byApp.get(appId);
        return s == null ? 0 : s.menuid;
    }

    synchronized List<Conditional> conditionals(String appId) {
        State s = byApp.get(appId);
        return s == null ? List.of() : List.copyOf(s.conditionals);
    }

    /**
     * The buttons this user sees: the newest conditional menu whose {@code tag_id} the user carries, else the
     * default menu; null when the account has no menu. Fake users report no client platform, so rules on
     * {@code client_platform_type} never match.
     */
    public synchronized JsonNode effectiveButtons(FakeUser user) {
        State s = byApp.get(user.appId());
        if (s == null || s.buttons == null) {
            return null;
        }
        List<Integer> tags = user.tagIds();
        for (int i = s.conditionals.size() - 1; i >= 0; i--) {
            Conditional c = s.conditionals.get(i);
            JsonNode rule = c.matchrule();
            boolean platformRule = !rule.path("client_platform_type").asText("").isEmpty();
            String tag = rule.path("tag_id").asText("");
            if (!platformRule && !tag.isEmpty() && tags.contains(Integer.parseInt(tag))) {
                return c.buttons();
            }
        }
        return s.buttons;
    }

    /** The leaf button with this {@code key} in the user's menu, or null. */
    public JsonNode buttonByKey(FakeUser user, String key) {
        return find(effectiveButtons(user), "key", key);
    }

    /** The leaf button with this {@code url} (view buttons) in the user's menu, or null. */
    public JsonNode buttonByUrl(FakeUser user, String url) {
        return find(effectiveButtons(user), "url", url);
    }

    private static JsonNode find(JsonNode buttons, String field, String value) {
        if (buttons == null || value == null) {
            return null;
        }
        for (JsonNode b : buttons) {
            JsonNode subs = b.path("sub_button");
            if (subs.isArray() && !subs.isEmpty()) {
                JsonNode hit = find(subs, field, value);
                if (hit != null) {
                    return hit;
                }
            } else if (value.equals(b.path(field).asText(null))) {
                return b;
            }
        }
        return null;
    }

    @Override
    public synchronized void reset() {
        byApp.clear();
    }
}
