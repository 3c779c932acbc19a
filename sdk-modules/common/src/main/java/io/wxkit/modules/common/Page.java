package io.wxkit.modules.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One page of a list, newest first, and the cursor of the next page if there is one.
 *
 * <pre>{@code
 * Page<Poll> page = vote.polls().list(PageRequest.first(20));
 * page.next().ifPresent(cursor -> ...);
 * }</pre>
 *
 * @param items the items of this page
 * @param next  the cursor for {@link PageRequest#after(String, int)}, empty on the last page
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, Optional<String> next) {
    /**
     * Copies the items.
     *
     * @param items the items of this page
     * @param next  the cursor of the next page, empty on the last page
     * @throws NullPointerException if {@code items}, one of them, or {@code next} is null
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * Builds a page from a query that fetched up to {@code request.size() + 1} rows in descending id order:
     * the extra row only says that another page exists.
     *
     * @param fetched the rows, in descending id order, at most {@code request.size() + 1}
     * @param request the page asked for
     * @param id      the id of a row, which the next page's cursor encodes
     * @param <T>     the item type
     * @return the first {@code request.size()} rows, with a cursor after the last of them when there were more
     * @throws NullPointerException if a row is null
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, ToLongFunction<T> id) {
        if (fetched.size() <= request.size()) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> items = fetched.subList(0, request.size());
        return new Page<>(items, Optional.of(PageRequest.encode(id.applyAsLong(items.get(items.size() - 1)))));
    }
}
