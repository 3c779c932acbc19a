package io.wxkit.modules.forum;

import java.util.Optional;

/**
 * Decides whether user text may be published. The forum runs it on every title, thread body and reply
 * before storing anything. {@link SensitiveWords} is the list-based filter that ships with the module;
 * wrap a moderation service (WeChat's {@code msgSecCheck}, an in-house model) in another implementation.
 *
 * <pre>{@code
 * ContentFilter filter = SensitiveWords.of(List.of("赌博", "spam link"));
 * filter.reject("hello").isEmpty();   // true: allowed
 * }</pre>
 *
 * <p>Implementations must be thread-safe; a runtime exception refuses the content (fail closed).
 */
@FunctionalInterface
public interface ContentFilter {
    /** A filter that allows everything. */
    ContentFilter NONE = text -> Optional.empty();

    /**
     * Why {@code text} must not be published (a rule name, safe to show: never the matched word itself),
     * or empty when it may be.
     *
     * @param text the trimmed title or body
     * @return the reason to refuse, or empty to allow
     */
    Optional<String> reject(String text);
}
