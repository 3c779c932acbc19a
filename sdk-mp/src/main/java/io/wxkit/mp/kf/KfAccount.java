package io.wxkit.mp.kf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer-service account of the Official Account ({@code cgi-bin/customservice/getkflist}).
 *
 * @param account the full account, {@code prefix@account}
 * @param nickname the nickname shown to users
 * @param id the numeric worker id
 * @param headImgUrl the avatar link
 * @param wechatId the WeChat id bound to the account; null if none yet
 * @param inviteWechatId the WeChat id invited to bind; null if no invitation is pending
 * @param inviteExpireTime when the pending invitation expires (epoch seconds); 0 if none
 * @param inviteStatus {@code waiting}, {@code rejected} or {@code expired}; null if none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KfAccount(
        @JsonProperty("kf_account") String account,
        @JsonProperty("kf_nick") String nickname,
        @JsonProperty("kf_id") String id,
        @JsonProperty("kf_headimgurl") String headImgUrl,
        @JsonProperty("kf_wx") String wechatId,
        @JsonProperty("invite_wx") String inviteWechatId,
        @JsonProperty("invite_expire_time") long inviteExpireTime,
        @JsonProperty("invite_status") String inviteStatus) {
}
