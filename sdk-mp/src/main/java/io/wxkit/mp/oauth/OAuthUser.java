package io.wxkit.mp.oauth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A user's profile from {@code /sns/userinfo} (scope {@link Scope#USERINFO} only). Since late 2021
 * WeChat may return a generic nickname ("微信用户") and a grey avatar.
 *
 * @param openid the user's openid
 * @param nickname nickname
 * @param sex 1 male, 2 female, 0 unknown
 * @param province province as filled in the profile
 * @param city city
 * @param country country
 * @param headImgUrl avatar URL, or empty when the user has none
 * @param privilege privileges (e.g. {@code chinaunicom}), never {@code null}
 * @param unionid unionid, or {@code null} when no open-platform account is bound
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthUser(
        @JsonProperty("openid") String openid,
        @JsonProperty("nickname") String nickname,
        @JsonProperty("sex") int sex,
        @JsonProperty("province") String province,
        @JsonProperty("city") String city,
        @JsonProperty("country") String country,
        @JsonProperty("headimgurl") String headImgUrl,
        @JsonProperty("privilege") List<String> privilege,
        @JsonProperty("unionid") String unionid) {

    /**
     * Copies {@code privilege}; a missing list becomes empty.
     *
     * @param openid the user's openid
     * @param nickname nickname
     * @param sex 1 male, 2 female, 0 unknown
     * @param province province as filled in the profile
     * @param city city
     * @param country country
     * @param headImgUrl avatar URL, or empty when the user has none
     * @param privilege privileges, or null
     * @param unionid unionid, or {@code null} when no open-platform account is bound
     */
    public OAuthUser {
        privilege = privilege == null ? List.of() : List.copyOf(privilege);
    }
}
