package io.wxkit.mp.mass;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The mass-send speed level ({@code mass/speed/get}): 0 is fastest (80 w/min) to 4 slowest (10 w/min).
 *
 * @param speed the level, 0–4
 * @param realSpeed the resulting speed in ten-thousands of messages per minute
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MassSpeed(@JsonProperty("speed") int speed, @JsonProperty("realspeed") int realSpeed) {
}
