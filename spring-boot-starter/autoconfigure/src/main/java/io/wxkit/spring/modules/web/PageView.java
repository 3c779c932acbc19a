package io.wxkit.spring.modules.web;

import io.wxkit.modules.common.Page;
import java.util.List;
import java.util.function.Function;

/**
 * A keyset page as JSON: the items and the cursor of the next page ({@code null} on the last one), which
 * the client sends back as {@code ?cursor=}.
 *
 * @param <T> the items' type
 * @param items the page's items, in the module's order
 * @param next the cursor of the next page, or {@code null} on the last page
 */
public record PageView<T>(List<T> items, String next) {

    /**
     * The page as it is.
     *
     * @param <T> the items' type
     * @param page a module's page
     * @return the page's view
     */
    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.next().orElse(null));
    }

    /**
     * The page with each item mapped, to leave out what the caller must not see.
     *
     * @param <T> the module's item type
     * @param <R> the view's item type
     * @param page a module's page
     * @param view maps one item to what the client gets
     * @return the page's view, with the same cursor
     */
    public static <T, R> PageView<R> of(Page<T> page, Function<T, R> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.next().orElse(null));
    }
}
