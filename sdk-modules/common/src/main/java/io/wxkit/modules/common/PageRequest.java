package io.wxkit.modules.common;


/**
 * One page of a keyset-paginated list: up to {@code size} items after the opaque {@code cursor} a previous
 * {@link Page#next()} returned. Keyset (not offset) pagination stays fast at millions of rows and never
 * repeats or skips items while new ones arrive.
 *
 * <pre>{@code
 * Page<Poll> first = vote.polls().list(PageRequest.first(20));
 * Page<Poll> second = vote.polls().list(PageRequest.after(first.next().orElseThrow(), 20));
 * }</pre>
 *
 * @param cursor where the previous page ended, or {@code null} for the first page
 * @param size   how many items, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(String cursor, int size) {
    /** The largest page anyone may ask for. */
    public static final int MAX_SIZE = 100;

    /**
     * Validates the size and the cursor's shape.
     *
     * @param cursor where the previous page ended, or {@code null} for the first page
     * @param size   how many items, 1 to {@value #MAX_SIZE}
     * @throws ModuleException {@code INVALID_INPUT} if the size is outside 1..100 or the cursor is malformed
     */
    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new ModuleException(CommonError.INVALID_INPUT, "page size must be 1-" + MAX_SIZE + ", got " + size);
        }
        if (cursor != null) {
            decode(cursor);
        }
    }

    /**
     * The first page of {@code size} items.
     *
     * @param size how many items, 1 to {@value #MAX_SIZE}
     * @return the request, without a cursor
     * @throws ModuleException {@code INVALID_INPUT} if the size is outside 1..100
     */
    public static PageRequest first(int size) {
        return new PageRequest(null, size);
    }

    /**
     * The page after {@code cursor}.
     *
     * @param cursor a {@link Page#next()} of the same list
     * @param size   how many items, 1 to {@value #MAX_SIZE}
     * @return the request
     * @throws ModuleException {@code INVALID_INPUT} if the size is outside 1..100 or the cursor is malformed
     */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(cursor, size);
    }

    /**
     * The key the next page starts after: items are listed by descending id, so the first page starts
     * below {@link Long#MAX_VALUE}.
     *
     * @return the id the cursor encodes, or {@link Long#MAX_VALUE} for the first page
     */
    public long afterId() {
        return cursor == null ? Long.MAX_VALUE : decode(cursor);
    }

    static String encode(long id) {
        return Long.toString(id, 36);
    }

    private static long decode(String cursor) {
        try {
            long id = Long.parseLong(cursor, 36);
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new ModuleException(CommonError.INVALID_INPUT, "malformed page cursor " + Untrusted.clip(cursor));
        }
    }
}
