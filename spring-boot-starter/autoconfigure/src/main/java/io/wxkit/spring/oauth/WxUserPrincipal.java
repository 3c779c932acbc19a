package io.wxkit.spring.oauth;

import io.wxkit.mp.oauth.Scope;
import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * The WeChat user of the current browser session, as web authorization identified them. Kept in the HTTP
 * session (serializable, so replicated sessions carry it); read it with {@code @WxUser WxUserPrincipal user}.
 * The OAuth access and refresh tokens are not kept: the application asked for the identity only. As a
 * {@link Principal} its name is the openid, which is how the module endpoints' default user resolver reads it.
 *
 * @param appId the Official Account that authorized the user
 * @param openid the user's openid for that account
 * @param unionid the unionid, or {@code null} when WeChat did not send one
 * @param nickname the nickname ({@code snsapi_userinfo} only), or {@code null}
 * @param avatarUrl the avatar URL ({@code snsapi_userinfo} only), or {@code null}
 * @param scope the scope the user granted
 */
public record WxUserPrincipal(String appId, String openid, String unionid, String nickname, String avatarUrl,
                              Scope scope) implements Principal, Serializable {
    private static final long serialVersionUID = 1L;

    public WxUserPrincipal {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(openid, "openid");
        Objects.requireNonNull(scope, "scope");
    }

    /** The openid: what a {@link Principal} is named by. */
    @Override
    public String getName() {
        return openid;
    }

    /** The unionid when WeChat sent one. */
    public Optional<String> unionidIfKnown() {
        return Optional.ofNullable(unionid);
    }
}
