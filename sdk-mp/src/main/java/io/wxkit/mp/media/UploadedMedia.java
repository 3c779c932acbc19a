package io.wxkit.mp.media;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A temporary media file WeChat accepted ({@code /cgi-bin/media/upload}); usable for 3 days.
 *
 * @param type the media type
 * @param mediaId the id to send in messages ({@code thumb_media_id} for thumbs)
 * @param createdAt when WeChat stored it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadedMedia(MediaType type, String mediaId, Instant createdAt) {
    /** How long WeChat keeps temporary media. */
    public static final Duration LIFETIME = Duration.ofDays(3);

    /**
     * Checks that every component is present.
     *
     * @param type the media type; not null
     * @param mediaId the id to send in messages; not null
     * @param createdAt when WeChat stored it; not null
     * @throws NullPointerException if a component is null
     */
    public UploadedMedia {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * When WeChat forgets the media ({@code createdAt} + 3 days).
     *
     * @return {@code createdAt} plus {@link #LIFETIME}
     */
    public Instant expiresAt() {
        return createdAt.plus(LIFETIME);
    }

    @JsonCreator
    static UploadedMedia fromWire(@JsonProperty("type") String type, @JsonProperty("media_id") String mediaId,
            @JsonProperty("thumb_media_id") String thumbMediaId, @JsonProperty("created_at") long createdAt) {
        return new UploadedMedia(MediaType.fromWire(type), mediaId != null ? mediaId : thumbMediaId,
                Instant.ofEpochSecond(createdAt));
    }
}
