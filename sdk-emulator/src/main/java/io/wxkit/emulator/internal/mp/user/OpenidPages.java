package io.wxkit.emulator.internal.mp.user;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The openid-list page WeChat answers for tag members and the blacklist: {@code count}, {@code data.openid},
 * {@code next_openid}.
 */
final class OpenidPages {
    private OpenidPages() {
    }

    /** Writes the page of {@code openids} that starts at {@code start} (at most {@link UserEndpoints#PAGE}). */
    static ObjectNode write(ObjectNode out, List<String> openids, int start) {
        List<String> page = openids.subList(start, Math.min(openids.size(), start + UserEndpoints.PAGE));
        out.put("count", page.size());
        ArrayNode ids = out.putObject("data").putArray("openid");
        page.forEach(ids::add);
        return out.put("next_openid", page.isEmpty() ? "" : page.get(page.size() - 1));
    }
}
