package io.wxkit.redis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Lua script run atomically by Redis, with its SHA-1 digest so it can be sent as {@code EVALSHA}
 * (the full text goes over the wire only when Redis answers {@code NOSCRIPT}).
 *
 * @param source the script text
 * @param sha1 the lower-case hex SHA-1 of {@code source}, as Redis names cached scripts
 */
public record LuaScript(String source, String sha1) {
    /**
     * Refuses a missing part.
     *
     * @param source the script text
     * @param sha1 the lower-case hex SHA-1 of {@code source}
     */
    public LuaScript {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha1, "sha1");
    }

    /**
     * The script {@code source}, with its digest computed once.
     *
     * @param source the script text
     * @return the script and its digest
     */
    public static LuaScript of(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return new LuaScript(source, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-1", e);
        }
    }
}
