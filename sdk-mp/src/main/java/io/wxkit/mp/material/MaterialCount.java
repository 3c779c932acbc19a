package io.wxkit.mp.material;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many permanent materials the account holds, per type ({@code /cgi-bin/material/get_materialcount}).
 *
 * @param voiceCount voices
 * @param videoCount videos
 * @param imageCount images
 * @param newsCount news (legacy article materials)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaterialCount(
        @JsonProperty("voice_count") int voiceCount,
        @JsonProperty("video_count") int videoCount,
        @JsonProperty("image_count") int imageCount,
        @JsonProperty("news_count") int newsCount) {
}
