package io.wxkit.examples.admin.menu;

import io.wxkit.core.http.WxApiException;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminAccounts.Account;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.menu.MatchRule;
import io.wxkit.mp.menu.Menu;
import io.wxkit.mp.menu.MenuInfo;
import io.wxkit.mp.tag.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/menu}: the custom-menu editor of one account, for the default menu or a conditional menu per user
 * tag, with a phone preview; WeChat's limits are checked before publishing ({@link MenuCheck}).
 */
@Controller
class MenuController {
    /** WeChat's "menu does not exist" (no menu published yet). */
    private static final int NO_MENU = 46003;

    private final AdminAccounts accounts;
    private final AuditLog audit;

    MenuController(AdminAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/admin/menu")
    String page(@RequestParam(defaultValue = "") String app, @RequestParam(required = false) Long tag, Model model) {
        Account account = account(app);
        WxMp mp = accounts.mp(account.appId());
        MenuInfo current = current(mp);
        Menu shown = tag == null ? current.defaultMenu() : current.conditionalMenus().stream()
                .filter(m -> m.matchRule() != null && String.valueOf(tag).equals(m.matchRule().tagId()))
                .reduce((a, b) -> b).orElse(null);
        return render(account, tag, MenuForm.of(shown), Map.of(), current, model);
    }

    @PostMapping("/admin/menu")
    String publish(@RequestParam Map<String, String> params, Principal who, Model model, RedirectAttributes redirect) {
        Account account = account(params.getOrDefault("app", ""));
        Long tag = params.getOrDefault("tag", "").isBlank() ? null : Long.valueOf(params.get("tag"));
        MenuForm form = MenuForm.parse(params);
        WxMp mp = accounts.mp(account.appId());
        Map<String, String> errors = MenuCheck.errors(form);
        if (errors.isEmpty()) {
            try {
                Menu menu = MenuCheck.build(form);
                if (tag == null) {
                    mp.menu().create(menu);
                } else {
                    mp.menu().addConditional(menu.withMatchRule(MatchRule.tag(tag)));
                }
                audit.record(who.getName(), tag == null ? "menu.publish" : "menu.publish-conditional",
                        account.name() + (tag == null ? "" : " tag " + tag) + ": " + menu.buttons().size() + " top buttons");
                redirect.addFlashAttribute("flash", "菜单已发布 Menu published");
                return "redirect:/admin/menu?app=" + account.appId() + (tag == null ? "" : "&tag=" + tag);
            } catch (IllegalArgumentException | WxApiException e) {
                errors = Map.of("menu", "微信拒绝了菜单 WeChat refused the menu: " + e.getMessage());
            }
        }
        model.addAttribute("error", "菜单未发布，请更正标出的字段 Not published: correct the marked fields");
        return render(account, tag, form, errors, current(mp), model);
    }

    @PostMapping("/admin/menu/conditional/delete")
    String deleteConditional(@RequestParam String app, @RequestParam String menuId, Principal who,
                             RedirectAttributes redirect) {
        Account account = account(app);
        accounts.mp(account.appId()).menu().deleteConditional(menuId);
        audit.record(who.getName(), "menu.delete-conditional", account.name() + " menuid " + menuId);
        redirect.addFlashAttribute("flash", "个性化菜单已删除 Conditional menu deleted");
        return "redirect:/admin/menu?app=" + account.appId();
    }

    private String render(Account account, Long tag, MenuForm form, Map<String, String> errors, MenuInfo current,
                          Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("account", account);
        model.addAttribute("tag", tag);
        model.addAttribute("tags", tags(accounts.mp(account.appId())));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conditional", current.conditionalMenus());
        return "admin/menu";
    }

    private Account account(String appId) {
        return appId.isBlank() ? accounts.first() : accounts.require(appId);
    }

    private static MenuInfo current(WxMp mp) {
        try {
            return mp.menu().get();
        } catch (WxApiException e) {
            if (e.errcode() == NO_MENU) {
                return new MenuInfo(null, List.of());
            }
            throw e;
        }
    }

    private static List<Tag> tags(WxMp mp) {
        return mp.tags().list();
    }
}
