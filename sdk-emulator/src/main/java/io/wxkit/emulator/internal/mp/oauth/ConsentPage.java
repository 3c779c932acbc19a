package io.wxkit.emulator.internal.mp.oauth;

import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.internal.http.Answer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The server-rendered OAuth consent screen ("授权") and its error page. */
final class ConsentPage {
    private static final String STYLE = "<style>body{font-family:-apple-system,'PingFang SC',sans-serif;"
            + "background:#ededed;margin:0;padding:24px;color:#111}.card{background:#fff;border-radius:12px;"
            + "padding:20px;max-width:360px;margin:auto}h1{font-size:18px}label{display:block;padding:8px 0}"
            + "button{width:100%;padding:12px;margin-top:10px;border:0;border-radius:8px;font-size:16px}"
            + ".allow{background:#07c160;color:#fff}.deny{background:#f2f2f2;color:#111}.err{color:#fa5151}"
            + "</style>";

    private ConsentPage() {
    }

    static Answer error(String problem) {
        String html = "<!doctype html><html><head><meta charset=utf-8><title>WeChat OAuth error</title>" + STYLE
                + "</head><body><div class=card><h1 class=err>Authorization error</h1><p id=oauth-error>"
                + Html.escape(problem) + "</p></div></body></html>";
        return Answer.bytes(400, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static String render(Account account, Map<String, String> q, List<FakeUser> users) {
        boolean userinfo = q.get("scope").equals("snsapi_userinfo");
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<!doctype html><html><head><meta charset=utf-8>")
                .append("<meta name=viewport content='width=device-width,initial-scale=1'>")
                .append("<title>WeChat authorization</title>").append(STYLE).append("</head><body><div class=card>")
                .append("<h1>").append(Html.escape(account.appId())).append(userinfo
                        ? " requests your profile (nickname, avatar)" : " identifies who opens this page")
                .append("</h1><form method=post action='/connect/oauth2/authorize/confirm'>");
        for (String k : List.of("appid", "redirect_uri", "scope", "state", "response_type")) {
            sb.append("<input type=hidden name='").append(k).append("' value='")
                    .append(Html.escape(q.getOrDefault(k, ""))).append("'>");
        }
        if (users.isEmpty()) {
            sb.append("<p class=err>No fake users yet: POST /emulator/users {\"appId\":\"")
                    .append(Html.escape(account.appId())).append("\"} first.</p>");
        }
        boolean first = true;
        for (FakeUser u : users) {
            sb.append("<label><input type=radio name=openid value='").append(Html.escape(u.openid())).append("'")
                    .append(first ? " checked" : "").append("> ").append(Html.escape(u.nickname()))
                    .append(" <small>").append(Html.escape(u.openid())).append("</small></label>");
            first = false;
        }
        sb.append("<button class=allow id=oauth-allow name=decision value=allow>Allow</button>")
                .append("<button class=deny id=oauth-deny name=decision value=deny>Deny</button>")
                .append("</form></div></body></html>");
        return sb.toString();
    }
}
