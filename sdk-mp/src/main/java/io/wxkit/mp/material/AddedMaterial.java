package io.wxkit.mp.material;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A permanent material WeChat stored ({@code /cgi-bin/material/add_material}).
 *
 * @param mediaId the permanent media id
 * @param url the image URL (images only; {@code null} otherwise)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddedMaterial(@JsonProperty("media_id") String mediaId, @JsonProperty("url") String url) {
}
