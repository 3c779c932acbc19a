package io.wxkit.mp.qrcode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * The data behind a short key ({@code /cgi-bin/shorten/fetch}).
 *
 * @param longData the original data
 * @param createdAt when the short key was generated
 * @param expiresIn remaining lifetime at the time of the fetch
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record ShortKeyData(String longData, Instant createdAt, Duration expiresIn) {

    @JsonCreator
    static ShortKeyData fromWire(@JsonProperty("long_data") String longData,
            @JsonProperty("create_time") long createTime, @JsonProperty("expire_seconds") long expireSeconds) {
        return new ShortKeyData(longData, Instant.ofEpochSecond(createTime), Duration.ofSeconds(expireSeconds));
    }
}
