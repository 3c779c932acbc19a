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
 * @serial exclude the serialized form carries a session between instances of one release; it is not an API
 */
public record WxUserPrincipal(String appId, String openid, String unionid, String nickname, String avatarUrl,
                              Scope scope) implements Principal, Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the identity: {@code unionid}, {@code nickname} and {@code avatarUrl} may be {@code null}.
     *
     * @param appId the Official Account that authorized the user
     * @param openid the user's openid for that account
     * @param unionid the unionid, or {@code null} when WeChat did not send one
     * @param nickname the nickname ({@code snsapi_userinfo} only), or {@code null}
     * @param avatarUrl the avatar URL ({@code snsapi_userinfo} only), or {@code null}
     * @param scope the scope the user granted
     * @throws NullPointerException if {@code appId}, {@code openid} or {@code scope} is {@code null}
     */
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

    /**
     * The unionid, present only when WeChat sent one (the account is bound to an Open Platform account, and
     * for {@code snsapi_base} only when the user already has a relation with it).
     *
     * @return the unionid, or empty
     */
    public Optional<String> unionidIfKnown() {
        return Optional.ofNullable(unionid);
    }
}
