package io.wxkit.mp.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * What WeChat tells an Official Account about one user ({@code cgi-bin/user/info} and
 * {@code user/info/batchget}).
 *
 * <p>Since WeChat's 2021 privacy change the profile fields (nickname, avatar, sex, region) are no
 * longer returned; they are kept here, null when absent, because the batch endpoint's docs still
 * list them. A user who does not follow the account ({@code subscribed() == false}) comes back with
 * the openid (and unionid) only.
 *
 * @param subscribed whether the user currently follows the account ({@code subscribe} = 1)
 * @param openid the user's openid for this account
 * @param unionid the unionid, when the account is bound to an open-platform account; else null
 * @param language the user's language; WeChat no longer documents it, may be null
 * @param subscribeTime when the user last followed; null if never or not following
 * @param remark the remark the account gave the user; empty if none
 * @param groupId the legacy group id
 * @param tagIds the ids of the user's tags
 * @param subscribeScene how the user followed, e.g. {@code ADD_SCENE_QR_CODE} (new values may appear)
 * @param qrScene the numeric scene of the QR code followed from; 0 if none
 * @param qrSceneStr the string scene of the QR code followed from; empty if none
 * @param nickname legacy profile field, usually null
 * @param headImgUrl legacy profile field, usually null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserInfo(boolean subscribed, String openid, String unionid, String language, Instant subscribeTime,
        String remark, long groupId, List<Long> tagIds, String subscribeScene, long qrScene, String qrSceneStr,
        String nickname, String headImgUrl) {

    /**
     * Copies the tag list; a missing one becomes empty.
     *
     * @param subscribed whether the user currently follows the account ({@code subscribe} = 1)
     * @param openid the user's openid for this account
     * @param unionid the unionid, when the account is bound to an open-platform account; else null
     * @param language the user's language; WeChat no longer documents it, may be null
     * @param subscribeTime when the user last followed; null if never or not following
     * @param remark the remark the account gave the user; empty if none
     * @param groupId the legacy group id
     * @param tagIds the ids of the user's tags
     * @param subscribeScene how the user followed, e.g. {@code ADD_SCENE_QR_CODE} (new values may appear)
     * @param qrScene the numeric scene of the QR code followed from; 0 if none
     * @param qrSceneStr the string scene of the QR code followed from; empty if none
     * @param nickname legacy profile field, usually null
     * @param headImgUrl legacy profile field, usually null
     */
    public UserInfo {
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        remark = remark == null ? "" : remark;
        qrSceneStr = qrSceneStr == null ? "" : qrSceneStr;
    }

    @JsonCreator
    static UserInfo fromWire(@JsonProperty("subscribe") int subscribe, @JsonProperty("openid") String openid,
            @JsonProperty("unionid") String unionid, @JsonProperty("language") String language,
            @JsonProperty("subscribe_time") long subscribeTime, @JsonProperty("remark") String remark,
            @JsonProperty("groupid") long groupId, @JsonProperty("tagid_list") List<Long> tagIds,
            @JsonProperty("subscribe_scene") String subscribeScene, @JsonProperty("qr_scene") long qrScene,
            @JsonProperty("qr_scene_str") String qrSceneStr, @JsonProperty("nickname") String nickname,
            @JsonProperty("headimgurl") String headImgUrl) {
        return new UserInfo(subscribe == 1, openid, emptyToNull(unionid), emptyToNull(language),
                subscribeTime > 0 ? Instant.ofEpochSecond(subscribeTime) : null, remark, groupId, tagIds,
                emptyToNull(subscribeScene), qrScene, qrSceneStr, emptyToNull(nickname), emptyToNull(headImgUrl));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
