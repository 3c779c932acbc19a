package io.wxkit.spring.oauth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/** Resolves {@code @WxUser WxUserPrincipal} from the session; a required user that is missing answers 401. */
final class WxUserArgumentResolver implements HandlerMethodArgumentResolver {
    private final String appId;

    WxUserArgumentResolver(String appId) {
        this.appId = appId;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(WxUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() != WxUserPrincipal.class) {
            throw new IllegalStateException("@WxUser goes on a WxUserPrincipal parameter, not on "
                    + parameter.getParameterType().getName() + " (" + parameter.getExecutable() + ")");
        }
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        WxUserPrincipal user = request == null ? null : OAuthSession.user(request, appId).orElse(null);
        if (user == null && parameter.getParameterAnnotation(WxUser.class).required()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "no WeChat user in this session (is the page under wxkit.mp.oauth.paths?)");
        }
        return user;
    }
}
