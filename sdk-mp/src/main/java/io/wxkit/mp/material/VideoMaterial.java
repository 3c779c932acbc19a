package io.wxkit.mp.material;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A permanent video material as {@code /cgi-bin/material/get_material} describes it.
 *
 * @param title the title given at upload
 * @param description the introduction given at upload
 * @param downUrl where to download the video
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VideoMaterial(
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("down_url") String downUrl) {
}
