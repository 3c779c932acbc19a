package io.wxkit.mp.menu;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The {@code matchrule} of a conditional (personalized) menu: which followers see it.
 *
 * <p>WeChat only accepts a user tag and the phone OS for new menus: rules on sex, region or
 * language are refused with errcode 65320 since its privacy change, and menus that had them stop
 * matching. Those legacy fields are still read from {@code menu/get} (WeChat keeps showing them)
 * but are never sent. Immutable.
 *
 * <pre>{@code
 * MatchRule vip = MatchRule.tag(2).withClientPlatform(ClientPlatform.ANDROID);
 * mp.menu().addConditional(Menu.of(Button.click("VIP", "VIP")).withMatchRule(vip));
 * }</pre>
 *
 * @param tagId the user tag id, as WeChat's string; null to match any tag
 * @param clientPlatform the phone OS; null to match any
 * @param sex legacy, read only
 * @param country legacy, read only
 * @param province legacy, read only
 * @param city legacy, read only
 * @param language legacy, read only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchRule(
        @JsonProperty("tag_id") String tagId,
        @JsonProperty("client_platform_type") ClientPlatform clientPlatform,
        @JsonProperty(value = "sex", access = JsonProperty.Access.WRITE_ONLY) String sex,
        @JsonProperty(value = "country", access = JsonProperty.Access.WRITE_ONLY) String country,
        @JsonProperty(value = "province", access = JsonProperty.Access.WRITE_ONLY) String province,
        @JsonProperty(value = "city", access = JsonProperty.Access.WRITE_ONLY) String city,
        @JsonProperty(value = "language", access = JsonProperty.Access.WRITE_ONLY) String language) {

    /**
     * Validates that at least one condition is set.
     *
     * @param tagId the user tag id, as WeChat's string; null to match any tag
     * @param clientPlatform the phone OS; null to match any
     * @param sex legacy, read only
     * @param country legacy, read only
     * @param province legacy, read only
     * @param city legacy, read only
     * @param language legacy, read only
     * @throws IllegalArgumentException if every condition is empty (WeChat answers 65304 otherwise)
     */
    public MatchRule {
        tagId = blankToNull(tagId);
        sex = blankToNull(sex);
        country = blankToNull(country);
        province = blankToNull(province);
        city = blankToNull(city);
        language = blankToNull(language);
        if (Stream.of(tagId, clientPlatform, sex, country, province, city, language).allMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a matchrule needs tag_id or client_platform_type");
        }
    }

    /**
     * Matches followers carrying the user tag {@code tagId}.
     *
     * @param tagId the tag's id, from {@code mp.tags()}; sent as the string {@code tag_id}
     * @return the rule
     */
    public static MatchRule tag(long tagId) {
        return new MatchRule(Long.toString(tagId), null, null, null, null, null, null);
    }

    /**
     * Matches followers on {@code platform}.
     *
     * @param platform the OS; not null
     * @return the rule
     * @throws NullPointerException if {@code platform} is null
     */
    public static MatchRule clientPlatform(ClientPlatform platform) {
        return new MatchRule(null, Objects.requireNonNull(platform, "platform"), null, null, null, null, null);
    }

    /**
     * This rule, additionally restricted to followers on {@code platform}.
     *
     * @param platform the OS; not null
     * @return a copy with {@code client_platform_type} set
     * @throws NullPointerException if {@code platform} is null
     */
    public MatchRule withClientPlatform(ClientPlatform platform) {
        return new MatchRule(tagId, Objects.requireNonNull(platform, "platform"), sex, country, province, city, language);
    }

    /**
     * Whether WeChat still accepts this rule for a new menu (a tag or a platform, nothing else).
     *
     * @return true if {@code tagId} or {@code clientPlatform} is set and every legacy field is null
     */
    @JsonIgnore
    public boolean isCreatable() {
        return (tagId != null || clientPlatform != null)
                && Stream.of(sex, country, province, city, language).allMatch(Objects::isNull);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
