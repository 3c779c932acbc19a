package io.wxkit.modules.forum;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A sensitive-word filter: an Aho-Corasick automaton over the words, so one pass over the text finds any of
 * them whatever the list's size (time linear in the text, not text × words). Matching ignores case and the
 * spacing, punctuation and symbols people insert to dodge lists ("赌 博", "s.p.a.m"), by skipping every
 * character that is not a letter or a digit on both sides.
 *
 * <pre>{@code
 * SensitiveWords words = SensitiveWords.of(List.of("赌博", "casino"));
 * words.reject("来玩 赌-博");     // Optional["sensitive word"]
 * words.contains("CaSiNo night"); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe after {@link #of}.
 */
public final class SensitiveWords implements ContentFilter {
    private static final int ROOT = 0;
    private final List<Map<Integer, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<Boolean> terminal = new ArrayList<>();

    private SensitiveWords() {
        newNode();
    }

    /**
     * A filter for {@code words} (each trimmed; empty words or words of only separators are refused).
     *
     * @param words the words; each needs a letter or digit
     * @return the filter
     * @throws ModuleException {@code INVALID_INPUT} for an empty word
     * @throws NullPointerException if {@code words} is null
     */
    public static SensitiveWords of(Collection<String> words) {
        SensitiveWords automaton = new SensitiveWords();
        for (String word : words) {
            automaton.add(word);
        }
        automaton.link();
        return automaton;
    }

    /**
     * Whether {@code text} contains any of the words.
     *
     * @param text the text to scan; not null
     * @return true if a word occurs, ignoring case and any character that is not a letter or digit
     */
    public boolean contains(String text) {
        int state = ROOT;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                continue;
            }
            int c = fold(cp);
            while (state != ROOT && !next.get(state).containsKey(c)) {
                state = fail.get(state);
            }
            state = next.get(state).getOrDefault(c, ROOT);
            if (terminal.get(state)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> reject(String text) {
        return contains(text) ? Optional.of("sensitive word") : Optional.empty();
    }

    private void add(String word) {
        int state = ROOT;
        int length = 0;
        String w = word == null ? "" : word.strip();
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                continue;
            }
            length++;
            int c = fold(cp);
            Integer child = next.get(state).get(c);
            if (child == null) {
                child = newNode();
                next.get(state).put(c, child);
            }
            state = child;
        }
        if (length == 0) {
            throw new ModuleException(CommonError.INVALID_INPUT, "a sensitive word must contain a letter or digit");
        }
        terminal.set(state, true);
    }

    /** Breadth-first: each node's failure link is the longest proper suffix that is also a prefix. */
    private void link() {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(ROOT).values()) {
            fail.set(child, ROOT);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Integer, Integer> edge : next.get(node).entrySet()) {
                int c = edge.getKey();
                int child = edge.getValue();
                int f = fail.get(node);
                while (f != ROOT && !next.get(f).containsKey(c)) {
                    f = fail.get(f);
                }
                int target = next.get(f).getOrDefault(c, ROOT);
                fail.set(child, target == child ? ROOT : target);
                // a word ending inside a longer word's path still matches there
                terminal.set(child, terminal.get(child) || terminal.get(fail.get(child)));
                queue.add(child);
            }
        }
    }

    private int newNode() {
        next.add(new HashMap<>());
        fail.add(ROOT);
        terminal.add(false);
        return next.size() - 1;
    }

    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SensitiveWords[%d states]", next.size());
    }
}
