package io.wxkit.mp.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.mp.internal.SharedVectors;
import org.junit.jupiter.api.Test;

class AuthorizeUrlTest {

    @Test
    void everySharedOauthUrlVectorIsReproducedExactly() {
        for (JsonNode v : SharedVectors.ofKind("mp.oauth2_url")) {
            JsonNode in = v.path("inputs");
            String url = AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, in.path("appid").asText(),
                    in.path("redirect_uri").asText(), Scope.fromWire(in.path("scope").asText()), in.path("state").asText());
            assertThat(url).as(v.path("id").asText()).isEqualTo(v.path("expected").path("url").asText());
        }
    }

    @Test
    void redirectUriIsPercentEncodedAndFragmentIsLast() {
        String url = AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, "wxapp", "https://a.example/cb?x=1&y=中", Scope.BASE, "s1");
        assertThat(url).isEqualTo("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wxapp"
                + "&redirect_uri=https%3A%2F%2Fa.example%2Fcb%3Fx%3D1%26y%3D%E4%B8%AD"
                + "&response_type=code&scope=snsapi_base&state=s1#wechat_redirect");
    }

    @Test
    void stateOutsideTheDocumentedAlphabetIsRejected() {
        assertThatThrownBy(() -> AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, "wx", "https://a/", Scope.BASE, "a-b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state");
        assertThatThrownBy(() -> AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, "wx", "https://a/", Scope.BASE, "x".repeat(129)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, "wx", "https://a/", Scope.BASE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, "wx", "https://a/", Scope.BASE, "x".repeat(128)))
                .endsWith("&state=" + "x".repeat(128) + "#wechat_redirect");
    }

    @Test
    void relativeOrMissingRedirectUriIsRejected() {
        assertThatThrownBy(() -> AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, "wx", "/cb", Scope.BASE, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, "wx", " ", Scope.BASE, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redirectUri");
        assertThatThrownBy(() -> AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, null, "https://a/", Scope.BASE, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appId");
        assertThatThrownBy(() -> AuthorizeUrl.build(AuthorizeUrl.DEFAULT_BASE, "wx", "https://a/", null, "s"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void scopeIsReadFromWeChatsWireValue() {
        assertThat(Scope.fromWire("snsapi_base")).isEqualTo(Scope.BASE);
        assertThat(Scope.fromWire("snsapi_userinfo")).isEqualTo(Scope.USERINFO);
        assertThat(Scope.fromWire("snsapi_base,snsapi_userinfo")).isEqualTo(Scope.USERINFO);
        assertThatThrownBy(() -> Scope.fromWire("snsapi_login")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.fromWire(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Lang.ZH_TW.wireName()).isEqualTo("zh_TW");
    }
}
