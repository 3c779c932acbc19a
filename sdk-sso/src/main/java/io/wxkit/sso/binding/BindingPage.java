package io.wxkit.sso.binding;

import java.util.List;

/**
 * One page of a keyset-paginated binding list.
 *
 * @param items the bindings, ordered by openid
 * @param nextAfter the openid to pass as {@code after} for the next page, or {@code null} on the last page
 */
public record BindingPage(List<Binding> items, String nextAfter) {
    /**
     * Copies the list.
     *
     * @param items the bindings, ordered by openid
     * @param nextAfter the openid to pass as {@code after} for the next page, or {@code null} on the last page
     */
    public BindingPage {
        items = List.copyOf(items);
    }
}
