package io.wxkit.core.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The leaf elements of one WeChat message XML in document order: path (names below the root joined by
 * {@code /}), decoded text and the id of the enclosing element (to group list items). Built by
 * {@link XmlScanner}; compact arrays instead of a DOM.
 */
final class FieldList {
    // 8: a text message has 6 leaves, most events 5 to 8; a few kinds grow once (was 16: ≈ 130 B zeroed per message)
    private String[] paths = new String[8];
    private String[] values = new String[8];
    private int[] parents = new int[8];
    private int size;

    void add(String path, String value, int parent) {
        if (size == paths.length) {
            int capacity = size * 2;
            paths = Arrays.copyOf(paths, capacity);
            values = Arrays.copyOf(values, capacity);
            parents = Arrays.copyOf(parents, capacity);
        }
        paths[size] = path;
        values[size] = value;
        parents[size] = parent;
        size++;
    }

    int size() {
        return size;
    }

    String path(int i) {
        return paths[i];
    }

    String value(int i) {
        return values[i];
    }

    int parent(int i) {
        return parents[i];
    }

    /** The first value at {@code path}, or null. */
    String get(String path) {
        for (int i = 0; i < size; i++) {
            if (paths[i].equals(path)) {
                return values[i];
            }
        }
        return null;
    }

    /** The first value at {@code path} or, failing that, at {@code alternative} (WeChat spells some names twice). */
    String get(String path, String alternative) {
        String v = get(path);
        return v != null ? v : get(alternative);
    }

    /** Every value at {@code path} in document order. */
    List<String> all(String path) {
        List<String> out = new ArrayList<>(4);
        for (int i = 0; i < size; i++) {
            if (paths[i].equals(path)) {
                out.add(values[i]);
            }
        }
        return out;
    }

    /** The value at {@code path} whose enclosing element is {@code parent}, or null. */
    String getIn(int parent, String path) {
        for (int i = 0; i < size; i++) {
            if (parents[i] == parent && paths[i].equals(path)) {
                return values[i];
            }
        }
        return null;
    }

    /** Ids of the distinct enclosing elements of leaves whose path starts with {@code prefix}, in order. */
    int[] groups(String prefix) {
        int[] out = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (paths[i].startsWith(prefix) && (count == 0 || out[count - 1] != parents[i])) {
                out[count++] = parents[i];
            }
        }
        return Arrays.copyOf(out, count);
    }

    List<Unknown.Field> toFields() {
        List<Unknown.Field> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new Unknown.Field(paths[i], values[i]));
        }
        return out;
    }
}
