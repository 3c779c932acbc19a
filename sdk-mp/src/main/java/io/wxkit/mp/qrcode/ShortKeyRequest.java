package io.wxkit.mp.qrcode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Body of {@code /cgi-bin/shorten/gen}: up to 4 KB of data kept for at most 30 days. */
@JsonPropertyOrder({"long_data", "expire_seconds"})
record ShortKeyRequest(@JsonProperty("long_data") String longData, @JsonIgnore Duration expire) {
    static final int MAX_LONG_DATA_BYTES = 4096;

    ShortKeyRequest {
        if (longData == null || longData.isEmpty()) {
            throw new IllegalArgumentException("longData is required");
        }
        int bytes = longData.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_LONG_DATA_BYTES) {
            throw new IllegalArgumentException("longData must be at most 4 KB (UTF-8), was " + bytes + " bytes");
        }
        long seconds = expire == null ? -1 : expire.toSeconds();
        if (seconds < 1 || seconds > QrCodeRequest.MAX_EXPIRE_SECONDS) {
            throw new IllegalArgumentException("expire must be 1.." + QrCodeRequest.MAX_EXPIRE_SECONDS + " seconds");
        }
    }

    @JsonProperty("expire_seconds")
    long expireSeconds() {
        return expire.toSeconds();
    }
}
