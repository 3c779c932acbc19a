package io.wxkit.spring.mp;

import io.wxkit.mp.callback.Rule;
import java.util.Set;

/** A rule and the appIds it is for (empty: every account). */
record AccountRule(Set<String> appIds, Rule<?> rule, String source) {

    boolean serves(String appId) {
        return appIds.isEmpty() || appIds.contains(appId);
    }
}
