package io.wxkit.mp.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Walks a WeChat cursor-paged list lazily: the first page is fetched on the first
 * {@link #hasNext()}, each further page only when the previous one is used up. Stops on an empty
 * page, an empty cursor, or a cursor that does not move (so a misbehaving server cannot loop it).
 * Not thread-safe: one iterator per walk. Failures of a page fetch propagate from
 * {@code hasNext()}/{@code next()} unchanged.
 *
 * @param <P> the page type
 */
public final class CursorIterator<P> implements Iterator<String> {
    private final Function<String, P> fetch;
    private final Function<P, List<String>> items;
    private final Function<P, String> nextCursor;
    private List<String> current = List.of();
    private int position;
    private String cursor;
    private boolean exhausted;

    /**
     * @param firstCursor the cursor of the first page (usually empty)
     * @param fetch fetches the page at a cursor
     * @param items the entries of a page
     * @param nextCursor the cursor after a page (empty or null when there is none)
     */
    public CursorIterator(String firstCursor, Function<String, P> fetch, Function<P, List<String>> items,
            Function<P, String> nextCursor) {
        this.cursor = Objects.requireNonNull(firstCursor, "firstCursor");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.items = Objects.requireNonNull(items, "items");
        this.nextCursor = Objects.requireNonNull(nextCursor, "nextCursor");
    }

    @Override
    public boolean hasNext() {
        while (position >= current.size()) {
            if (exhausted) {
                return false;
            }
            loadPage();
        }
        return true;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more openids");
        }
        return current.get(position++);
    }

    private void loadPage() {
        P page = fetch.apply(cursor);
        current = items.apply(page);
        position = 0;
        String next = nextCursor.apply(page);
        if (current.isEmpty() || next == null || next.isEmpty() || next.equals(cursor)) {
            exhausted = true;
        }
        cursor = next;
    }
}
