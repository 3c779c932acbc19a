package io.wxkit.mp.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.Checks;

/**
 * The {@code miniprogram} jump of a template or subscribe message: the mini program (bound to the
 * Official Account) and the page it opens. Immutable.
 *
 * @param appId the mini program appid
 * @param pagePath the page with its query, e.g. {@code index?foo=bar}; null opens the home page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MiniProgramLink(@JsonProperty("appid") String appId, @JsonProperty("pagepath") String pagePath) {

    /**
     * Validates the appid.
     *
     * @param appId the mini program appid
     * @param pagePath the page with its query, e.g. {@code index?foo=bar}; null opens the home page
     * @throws IllegalArgumentException if {@code appId} is blank
     */
    public MiniProgramLink {
        Checks.requireText(appId, "miniprogram.appid");
    }
}
