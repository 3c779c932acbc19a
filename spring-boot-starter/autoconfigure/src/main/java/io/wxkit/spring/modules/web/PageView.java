package io.wxkit.spring.modules.web;

import io.wxkit.modules.common.Page;
import java.util.List;
import java.util.function.Function;

/**
 * A keyset page as JSON: the items and the cursor of the next page ({@code null} on the last one), which
 * the client sends back as {@code ?cursor=}.
 */
public record PageView<T>(List<T> items, String next) {

    /** The page as it is. */
    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.next().orElse(null));
    }

    /** The page with each item mapped (to leave out what the caller must not see). */
    public static <T, R> PageView<R> of(Page<T> page, Function<T, R> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.next().orElse(null));
    }
}
