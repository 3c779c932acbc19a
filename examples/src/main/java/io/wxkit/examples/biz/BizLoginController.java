package io.wxkit.examples.biz;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo business systems' pages ({@code /biz/}): "sign in with WeChat" sends the browser to the broker's
 * {@code /authorize} with a state kept in the session; the callback checks the state and redeems the ticket server
 * to server; the page then shows the identity and the bound account. No password is typed.
 */
@Controller
class BizLoginController {
    private final BizDirectory directory;
    private final SsoRedeemer redeemer;
    private final String ssoBaseUrl;
    private final String appBaseUrl;
    private final SecureRandom random = new SecureRandom();

    BizLoginController(BizDirectory directory, Environment env) {
        this.directory = directory;
        String base = env.getProperty("examples.public-base-url",
                "http://127.0.0.1:" + env.getProperty("server.port", "8080"));
        this.appBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.ssoBaseUrl = env.getProperty("wxkit.sso.public-base-url", appBaseUrl + "/sso");
        this.redeemer = new SsoRedeemer(ssoBaseUrl);
    }

    @GetMapping({"/biz", "/biz/"})
    String index(Model model) {
        model.addAttribute("pageTitle", "业务系统 · Business systems");
        model.addAttribute("systems", DemoSystem.ALL);
        return "biz/index";
    }

    @GetMapping({"/biz/{clientId}", "/biz/{clientId}/"})
    String home(@PathVariable String clientId, HttpSession session, Model model, HttpServletResponse response) {
        DemoSystem system = DemoSystem.byId(clientId).orElse(null);
        if (system == null) {
            return unknown(model, response);
        }
        model.addAttribute("system", system);
        model.addAttribute("pageTitle", system.name());
        if (session.getAttribute(BizSession.attribute(clientId)) instanceof BizSession signedIn) {
            model.addAttribute("signedIn", signedIn);
            model.addAttribute("account", directory.account(clientId, signedIn.accountId()).orElse(null));
        }
        return "biz/system";
    }

    @GetMapping("/biz/{clientId}/login")
    String login(@PathVariable String clientId, HttpSession session, Model model, HttpServletResponse response) {
        if (DemoSystem.byId(clientId).isEmpty()) {
            return unknown(model, response);
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String state = HexFormat.of().formatHex(bytes);
        session.setAttribute(BizSession.stateAttribute(clientId), state);
        return "redirect:" + ssoBaseUrl + "/authorize?client_id=" + enc(clientId) + "&redirect_uri="
                + enc(callbackUrl(clientId)) + "&state=" + enc(state);
    }

    @GetMapping("/biz/{clientId}/callback")
    String callback(@PathVariable String clientId, @RequestParam(required = false) String ticket,
                    @RequestParam(required = false) String state, @RequestParam(required = false) String error,
                    HttpSession session, Model model, HttpServletResponse response) {
        DemoSystem system = DemoSystem.byId(clientId).orElse(null);
        if (system == null) {
            return unknown(model, response);
        }
        model.addAttribute("system", system);
        model.addAttribute("pageTitle", system.name());
        Object expected = session.getAttribute(BizSession.stateAttribute(clientId));
        session.removeAttribute(BizSession.stateAttribute(clientId));
        if (state == null || !(expected instanceof String s)
                || !MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            return failed(model, response, "登录已失效，请重新登录。 The sign-in expired or was not started here.");
        }
        if (error != null || ticket == null) {
            return failed(model, response, "access_denied".equals(error) ? "您拒绝了授权。 You declined the sign-in."
                    : "登录没有完成。 The sign-in did not finish.");
        }
        BizDirectory.Credentials credentials = directory.credentials(clientId).orElse(null);
        if (credentials == null) {
            return failed(model, response, "本系统尚未在统一登录平台注册。 This system is not registered with the SSO broker.");
        }
        SsoRedeemer.Answer answer = redeemer.redeem(clientId, credentials.clientSecret(), ticket);
        if (answer.error() != null) {
            return failed(model, response, "登录失败（" + answer.error() + "），请重新登录。");
        }
        if (!answer.bound()) {
            model.addAttribute("openid", answer.body().path("openid").asText());
            return "biz/unbound";
        }
        session.setAttribute(BizSession.attribute(clientId), new BizSession(clientId,
                answer.body().path("openid").asText(), answer.body().path("account_id").asText(),
                answer.body().path("session_id").asText()));
        return "redirect:/biz/" + clientId + "/";
    }

    @PostMapping("/biz/{clientId}/logout")
    String logout(@PathVariable String clientId, HttpSession session) {
        session.removeAttribute(BizSession.attribute(clientId));
        return "redirect:/biz/" + (DemoSystem.byId(clientId).isPresent() ? clientId + "/" : "");
    }

    String callbackUrl(String clientId) {
        return appBaseUrl + "/biz/" + clientId + "/callback";
    }

    private static String failed(Model model, HttpServletResponse response, String message) {
        response.setStatus(400);
        model.addAttribute("error", message);
        return "biz/system";
    }

    private static String unknown(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("pageTitle", "业务系统 · Business systems");
        model.addAttribute("systems", DemoSystem.ALL);
        model.addAttribute("error", "没有这个业务系统。 No such business system.");
        return "biz/index";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
