package io.wxkit.sso.interfaces;

import io.wxkit.core.message.Click;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Scan;
import io.wxkit.core.message.Subscribe;
import io.wxkit.core.message.Text;
import io.wxkit.mp.callback.KeywordQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Trigger} ready to test messages, pattern compiled once. Keyword lists are matched by sdk-mp's
 * {@link KeywordQuery#argument} itself: the trimmed text starts with a keyword (ASCII case ignored) and the
 * trimmed rest is the argument. A regex follows the same rule: it must match the whole trimmed text, and
 * group 1 (or the match) is the argument.
 */
final class CompiledTrigger {
    private final Trigger trigger;
    private final Pattern pattern;
    /** sdk-mp's keyword-query matching for keyword triggers: one definition of "argument". */
    private final KeywordQuery keywords;

    CompiledTrigger(Trigger trigger) {
        this.trigger = trigger;
        this.pattern = trigger instanceof Trigger.Regex r ? Pattern.compile(r.regex()) : null;
        this.keywords = trigger instanceof Trigger.Keywords k
                ? KeywordQuery.keywords(k.keywords().toArray(String[]::new)) : null;
    }

    /** What the trigger captured from {@code m}, or {@code null} when it does not match. */
    Captured match(InboundMessage m) {
        if (m instanceof Text t) {
            return text(t.content().trim());
        }
        if (m instanceof Click c && trigger instanceof Trigger.MenuClick k && k.key().equals(c.eventKey())) {
            return new Captured(c.eventKey(), c.eventKey(), List.of());
        }
        if (trigger instanceof Trigger.ScanScene s) {
            String scene = m instanceof Scan scan ? scan.eventKey()
                    : m instanceof Subscribe sub ? sub.qrScene().orElse(null) : null;
            return s.scene().equals(scene) ? new Captured(scene, scene, List.of()) : null;
        }
        return null;
    }

    private Captured text(String text) {
        if (trigger instanceof Trigger.Exact e) {
            return text.equalsIgnoreCase(e.keyword()) ? new Captured(text, "", List.of()) : null;
        }
        if (keywords != null) {
            String argument = keywords.argument(text);
            return argument == null ? null : new Captured(text, argument, List.of());
        }
        if (pattern == null) {
            return null;
        }
        // one match gives both the argument and the groups the reply template may use; the argument rule
        // is KeywordQuery's (group 1, or the whole match), which KeywordQueryAgreementTest holds it to
        Matcher matcher = pattern.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        for (int g = 1; g <= Math.min(9, matcher.groupCount()); g++) {
            groups.add(matcher.group(g) == null ? "" : matcher.group(g));
        }
        String argument = matcher.groupCount() >= 1 && matcher.group(1) != null ? matcher.group(1) : matcher.group();
        return new Captured(text, argument, List.copyOf(groups));
    }
}
