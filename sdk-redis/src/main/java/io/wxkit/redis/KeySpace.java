package io.wxkit.redis;

import java.util.Objects;

/**
 * How wxkit names its Redis keys: {@code <prefix><store>:{<key>}<suffix>}. The braces are a Redis
 * Cluster hash tag, so every key derived from one logical key (a credential and its refresh lock)
 * lands on the same slot.
 */
final class KeySpace {
    static final String DEFAULT_PREFIX = "wxkit:";

    private final String prefix;

    private KeySpace(String prefix) {
        this.prefix = prefix;
    }

    /** Keys under {@code prefix}, which must not contain braces (they would replace wxkit's hash tags). */
    static KeySpace of(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.indexOf('{') >= 0 || prefix.indexOf('}') >= 0) {
            throw new IllegalArgumentException("keyPrefix must not contain '{' or '}' (Redis Cluster hash tags): "
                    + prefix);
        }
        return new KeySpace(prefix);
    }

    String prefix() {
        return prefix;
    }

    /** The Redis key for {@code key} in {@code store} (e.g. {@code wxkit:token:{wx1:access_token}}). */
    String key(String store, String key) {
        return key(store, key, "");
    }

    /** As {@link #key(String, String)} with {@code suffix} after the hash tag (e.g. {@code :lock}). */
    String key(String store, String key, String suffix) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key is empty");
        }
        return prefix + store + ":{" + key + "}" + suffix;
    }
}
