package io.wxkit.pay.bill;

import java.util.List;
import java.util.Map;

/** One detail line of a bill, cells by header name; the typed rows read from it. */
final class BillRow {
    private final Map<String, Integer> index;
    private final List<String> cells;

    BillRow(Map<String, Integer> index, List<String> cells) {
        this.index = index;
        this.cells = cells;
    }

    /** The cell under the first header starting with {@code prefix} (WeChat adds "(元)" to some), or null. */
    String get(String prefix) {
        Integer i = index.get(prefix);
        if (i == null) {
            for (Map.Entry<String, Integer> e : index.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    i = e.getValue();
                    break;
                }
            }
        }
        return i == null || i >= cells.size() ? null : cells.get(i);
    }

    Map<String, String> asMap() {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        index.forEach((name, i) -> m.put(name, i < cells.size() ? cells.get(i) : null));
        return m;
    }
}
