package io.wxkit.spring.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.mp.oauth.Scope;
import io.wxkit.spring.modules.web.SessionModuleUserResolver;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/** The user the OAuth login keeps in the session is the user the module endpoints act as, by default. */
class OAuthUserOnModuleEndpointsTest {

    @Test
    void theModuleEndpointsDefaultResolverReadsTheOAuthLoginsUser() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(OAuthSession.USER, new WxUserPrincipal("wxapp", "o-openid-1", null, null, null,
                Scope.BASE));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);

        assertThat(new SessionModuleUserResolver().openid(request)).contains("o-openid-1");
        assertThat(OAuthSession.USER).isEqualTo(SessionModuleUserResolver.ATTRIBUTE);
    }

    @Test
    void noSessionIsNobody() {
        assertThat(new SessionModuleUserResolver().openid(new MockHttpServletRequest())).isEmpty();
    }
}
