package io.wxkit.examples.admin.users;

import io.wxkit.core.http.WxApiException;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminAccounts.Account;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.business.SsoBeans;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.tag.Tag;
import io.wxkit.mp.user.UserInfo;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users} (用户管理): one page of an account's followers (WeChat's {@code user/get}, then
 * {@code user/info/batchget}) with their remarks, tags and blacklist state, searched by openid, nickname or remark
 * and filtered by tag ({@link FollowerSearch}); create tags, tag and untag, set a remark, block and unblock, each
 * action returning to the same search and page. Every change is audited.
 */
@Controller
class UsersController {
    static final int MAX_REMARK = 30;
    static final int MAX_TAG_NAME = 30;

    private final AdminAccounts accounts;
    private final AuditLog audit;
    private final SsoBeans sso;

    UsersController(AdminAccounts accounts, AuditLog audit, SsoBeans sso) {
        this.accounts = accounts;
        this.audit = audit;
        this.sso = sso;
    }

    @GetMapping("/admin/users")
    String page(@RequestParam(defaultValue = "") String app, @RequestParam(defaultValue = "") String next,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String tag, Model model) {
        Account account = app.isBlank() ? accounts.first() : accounts.require(app);
        WxMp mp = accounts.mp(account.appId());
        List<Tag> tags = mp.tags().list();
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("account", account);
        model.addAttribute("q", q);
        model.addAttribute("tag", tag);
        model.addAttribute("tags", tags);
        model.addAttribute("tagNames", tags.stream().collect(Collectors.toMap(t -> String.valueOf(t.id()), Tag::name)));
        model.addAttribute("searching", !q.isBlank() || !tag.isBlank());
        String problem = Search.problem(q, tag, next, tags);
        if (problem != null) {
            model.addAttribute("searchError", problem);
            show(model, new FollowerSearch.Result(List.of(), "", 0, 0), Set.of());
            return "admin/users";
        }
        FollowerSearch.Result result = FollowerSearch.page(mp, tag.isBlank() ? 0 : Long.parseLong(tag.strip()), q, next.strip());
        Set<String> blocked = new HashSet<>();
        mp.users().blacklist().forEach(blocked::add);
        show(model, result, blocked);
        return "admin/users";
    }

    private void show(Model model, FollowerSearch.Result result, Set<String> blocked) {
        List<UserInfo> users = result.users();
        model.addAttribute("users", users);
        model.addAttribute("total", result.total());
        model.addAttribute("scanned", result.scanned());
        model.addAttribute("next", result.next());
        model.addAttribute("blocked", blocked);
        // one indexed lookup per follower on the page (at most FollowerSearch.PAGE): the business systems each is bound in
        model.addAttribute("boundIn", sso.brokerIfRunning().map(broker -> users.stream().collect(Collectors.toMap(
                UserInfo::openid, u -> broker.bindings().bindingsOf(u.openid()).stream().map(b -> b.clientId()).toList(),
                (a, b) -> a))).orElse(java.util.Map.of()));
    }

    @PostMapping("/admin/users/tags")
    String createTag(@RequestParam String app, @RequestParam(defaultValue = "") String name, Search back, Principal who,
                     RedirectAttributes redirect) {
        Account account = accounts.require(app);
        String tag = name.trim();
        if (tag.isEmpty() || tag.length() > MAX_TAG_NAME) {
            return fail(redirect, account, back, "标签名 1–30 个字 Tag name: 1–30 characters");
        }
        return act(account, back, who, redirect, "users.tag-create", tag, mp -> mp.tags().create(tag), "标签已创建 Tag created");
    }

    @PostMapping("/admin/users/{openid}/remark")
    String remark(@PathVariable String openid, @RequestParam String app, @RequestParam(defaultValue = "") String remark,
                  Search back, Principal who, RedirectAttributes redirect) {
        Account account = accounts.require(app);
        if (remark.trim().length() >= MAX_REMARK) {
            return fail(redirect, account, back, "备注少于 30 个字 A remark is under 30 characters");
        }
        return act(account, back, who, redirect, "users.remark", openid, mp -> {
            mp.users().remark(openid, remark.trim());
            return null;
        }, "备注已保存 Remark saved");
    }

    @PostMapping("/admin/users/{openid}/tag")
    String tag(@PathVariable String openid, @RequestParam String app, @RequestParam long tagId,
               @RequestParam(defaultValue = "true") boolean add, Search back, Principal who, RedirectAttributes redirect) {
        Account account = accounts.require(app);
        return act(account, back, who, redirect, add ? "users.tag" : "users.untag", openid + " tag " + tagId, mp -> {
            if (add) {
                mp.tags().tagUsers(tagId, List.of(openid));
            } else {
                mp.tags().untagUsers(tagId, List.of(openid));
            }
            return null;
        }, add ? "已加标签 Tagged" : "已移除标签 Untagged");
    }

    @PostMapping("/admin/users/{openid}/blacklist")
    String blacklist(@PathVariable String openid, @RequestParam String app, @RequestParam boolean block,
                     Search back, Principal who, RedirectAttributes redirect) {
        Account account = accounts.require(app);
        return act(account, back, who, redirect, block ? "users.block" : "users.unblock", openid, mp -> {
            if (block) {
                mp.users().block(List.of(openid));
            } else {
                mp.users().unblock(List.of(openid));
            }
            return null;
        }, block ? "已拉黑 Blocked" : "已移出黑名单 Unblocked");
    }

    private String act(Account account, Search back, Principal who, RedirectAttributes redirect, String action,
                       String detail, Function<WxMp, Object> call, String done) {
        try {
            call.apply(accounts.mp(account.appId()));
        } catch (WxApiException | IllegalArgumentException e) {
            return fail(redirect, account, back, "微信拒绝了 WeChat refused: " + e.getMessage());
        }
        audit.record(who.getName(), action, account.name() + " " + detail);
        redirect.addFlashAttribute("flash", done);
        return back.redirect(account.appId());
    }

    private static String fail(RedirectAttributes redirect, Account account, Search back, String message) {
        redirect.addFlashAttribute("error", message);
        return back.redirect(account.appId());
    }

}
