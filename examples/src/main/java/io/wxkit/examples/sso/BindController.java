package io.wxkit.examples.sso;

import io.wxkit.examples.biz.DemoSystem;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.error.SsoException;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 绑定账号 (/bind, behind WeChat login): the follower binds their openid to their account in a business system by
 * proving they hold it (the account's password, checked by the business system through its verify URL; the
 * platform never stores it). Lists the follower's bindings with a link into each system.
 */
@Controller
@ConditionalOnProperty(name = "wxkit.sso.enabled", havingValue = "true")
class BindController {
    private final SsoBroker sso;

    BindController(SsoBroker sso) {
        this.sso = sso;
    }

    @GetMapping("/bind")
    String page(@WxUser WxUserPrincipal user, @RequestParam(defaultValue = "library") String client, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BindForm.empty(client));
        }
        model.addAttribute("pageTitle", "绑定账号 · Bind an account");
        model.addAttribute("systems", DemoSystem.ALL);
        model.addAttribute("bindings", sso.bindings().bindingsOf(user.openid()).stream()
                .filter(b -> b.active()).toList());
        model.addAttribute("names", Map.of(DemoSystem.LIBRARY.clientId(), DemoSystem.LIBRARY.name(),
                DemoSystem.BOOKING.clientId(), DemoSystem.BOOKING.name()));
        return "sso/bind";
    }

    @PostMapping("/bind")
    String bind(@WxUser WxUserPrincipal user, @ModelAttribute("form") BindForm form, Model model,
                RedirectAttributes redirect) {
        Map<String, String> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                sso.bindings().bind(user.openid(), form.client(), form.account(), user.unionid(),
                        BindProof.credentials(form.account(), form.password()));
                String name = DemoSystem.byId(form.client()).map(DemoSystem::name).orElse(form.client());
                redirect.addFlashAttribute("flash", "已绑定" + name + "账号 " + form.account() + "。 Bound.");
                return "redirect:/bind?client=" + form.client();
            } catch (SsoException e) {
                problems.put(e.error() == io.wxkit.sso.error.SsoError.ALREADY_BOUND ? "account" : "password",
                        message(e));
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("form", new BindForm(form.client(), form.account(), ""));
        return page(user, form.client(), model);
    }

    private static String message(SsoException e) {
        return switch (e.error()) {
            case PROOF_REJECTED -> "账号或密码不正确。 Wrong account or password.";
            case ALREADY_BOUND -> "您的微信已绑定该系统的账号，或该账号已被其他微信绑定。 Already bound.";
            case UPSTREAM_ERROR -> "业务系统暂时无法验证，请稍后再试。 The system could not check it now.";
            case RATE_LIMITED -> "尝试次数过多，请稍后再试。 Too many attempts.";
            default -> "绑定失败（" + e.error().code() + "）。 Binding failed.";
        };
    }
}
