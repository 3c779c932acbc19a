package io.wxkit.spring.oauth;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/** The small HTML page a refused sign-in answers with: the status and what to do, never a stack trace. */
final class OAuthPages {
    private OAuthPages() {
    }

    static String html(int status, String message) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8>"
                + "<meta name=viewport content='width=device-width,initial-scale=1'><title>Sign-in with WeChat</title>"
                + "<style>body{font-family:-apple-system,'PingFang SC',sans-serif;background:#ededed;margin:0;"
                + "padding:24px;color:#111}.card{background:#fff;border-radius:12px;padding:20px;max-width:420px;"
                + "margin:auto}h1{font-size:18px;color:#fa5151}</style></head><body><div class=card><h1>"
                + (status >= 500 ? "Sign-in is unavailable" : "Sign-in failed") + "</h1><p id=wxkit-oauth-error>"
                + HtmlUtils.htmlEscape(message) + "</p></div></body></html>";
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = html(status, message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
