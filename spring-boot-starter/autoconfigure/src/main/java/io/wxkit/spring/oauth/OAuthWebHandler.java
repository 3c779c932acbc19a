package io.wxkit.spring.oauth;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** The two endpoints of the login: WeChat's redirect back ({@code callback-path}) and the login link. */
final class OAuthWebHandler {
    private final OAuthLogin login;

    OAuthWebHandler(OAuthLogin login) {
        this.login = login;
    }

    ServerResponse callback(ServerRequest request) {
        LoginOutcome outcome = login.finish(request.servletRequest());
        if (outcome instanceof LoginOutcome.SignedIn in) {
            return redirect(in.returnTo());
        }
        LoginOutcome.Refused refused = (LoginOutcome.Refused) outcome;
        return page(refused.status(), refused.message());
    }

    /** {@code GET <login-path>?redirect=/page}: signs in (unless already) and returns to that page of this site. */
    ServerResponse loginLink(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        String[] targets = servlet.getParameterValues("redirect");
        String target = targets == null ? servlet.getContextPath() + "/" : targets.length == 1 ? targets[0] : null;
        Optional<String> returnTo = ReturnPath.sameOrigin(target);
        if (returnTo.isEmpty()) {
            return page(400, "The sign-in link names a page that is not on this site; only paths such as /h5/page"
                    + " are accepted.");
        }
        if (OAuthSession.user(servlet, login.appId()).isPresent()) {
            return redirect(returnTo.get());
        }
        return ServerResponse.status(HttpStatus.FOUND).location(URI.create(login.start(servlet, returnTo.get())))
                .header("Cache-Control", "no-store").build();
    }

    private static ServerResponse redirect(String path) {
        return ServerResponse.status(HttpStatus.FOUND).header("Location", path).header("Cache-Control", "no-store").build();
    }

    private static ServerResponse page(int status, String message) {
        return ServerResponse.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(OAuthPages.html(status, message));
    }
}
