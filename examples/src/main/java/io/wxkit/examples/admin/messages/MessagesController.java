package io.wxkit.examples.admin.messages;

import io.wxkit.core.http.WxApiException;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.kf.KfDesk;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/messages} (消息管理): the inbound log with its search, one user's conversation with a
 * customer-service answer box, "mark handled", and two JSON feeds the pages poll for live updates.
 */
@Controller
class MessagesController {
    /** WeChat's limit for a customer-service text (45002 above it). */
    static final int MAX_KF_TEXT_BYTES = 2048;

    private final MessageLog messages;
    private final AdminAccounts accounts;
    private final AuditLog audit;
    private final KfDesk kfDesk;

    MessagesController(MessageLog messages, AdminAccounts accounts, AuditLog audit, KfDesk kfDesk) {
        this.messages = messages;
        this.accounts = accounts;
        this.audit = audit;
        this.kfDesk = kfDesk;
    }

    @GetMapping("/admin/messages")
    String list(@RequestParam(defaultValue = "") String app, @RequestParam(defaultValue = "") String user,
                @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String type,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "false") boolean unhandled, Model model) {
        MessageSearch search = new MessageSearch(app, user, text, type, from, to, unhandled);
        model.addAttribute("search", search);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("rows", messages.search(search, 200));
        model.addAttribute("lastId", messages.lastId());
        model.addAttribute("live", search.equals(new MessageSearch("", "", "", "", null, null, false)));
        return "admin/messages";
    }

    /** New user messages since {@code after}: the list page polls this. */
    @GetMapping("/admin/messages/feed")
    @ResponseBody
    List<LoggedMessage> feed(@RequestParam long after) {
        return messages.newerThan(after, 100);
    }

    @GetMapping("/admin/messages/{appId}/{openid}")
    String conversation(@PathVariable String appId, @PathVariable String openid, Model model) {
        model.addAttribute("account", accounts.require(appId));
        model.addAttribute("openid", openid);
        model.addAttribute("rows", messages.conversation(appId, openid, 0));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", "");
        }
        return "admin/conversation";
    }

    /** New messages (both directions) of one conversation since {@code after}: the conversation page polls this. */
    @GetMapping("/admin/messages/{appId}/{openid}/feed")
    @ResponseBody
    List<LoggedMessage> conversationFeed(@PathVariable String appId, @PathVariable String openid,
                                         @RequestParam long after) {
        accounts.require(appId);
        return messages.conversation(appId, openid, after);
    }

    @PostMapping("/admin/messages/{appId}/{openid}/reply")
    String reply(@PathVariable String appId, @PathVariable String openid, @RequestParam(defaultValue = "") String text,
                 Principal who, Model model, RedirectAttributes redirect) {
        String problem = text.isBlank() ? "请输入回复内容 Type an answer"
                : text.getBytes(StandardCharsets.UTF_8).length > MAX_KF_TEXT_BYTES
                ? "最多 2048 字节（约 680 个汉字） At most 2048 bytes" : null;
        if (problem == null) {
            try {
                accounts.require(appId);
                // through the customer-service desk, so the answer also shows on the follower's /kf page
                kfDesk.answer(appId, openid, text);
            } catch (IllegalArgumentException e) {
                problem = "最多 " + KfDesk.MAX_CHARS + " 个字 At most " + KfDesk.MAX_CHARS + " characters";
            } catch (WxApiException e) {
                problem = e.errcode() == 45015
                        ? "超过 48 小时客服窗口，用户需要先发消息 The user's 48-hour window is closed (45015)"
                        : "微信拒绝了这条消息 WeChat refused it: " + e.errcode() + " " + e.errmsg();
            }
        }
        if (problem != null) {
            model.addAttribute("error", problem);
            model.addAttribute("fieldError", problem);
            model.addAttribute("draft", text);
            return conversation(appId, openid, model);
        }
        messages.outbound(appId, openid, text, who.getName());
        int handled = messages.markHandled(appId, openid, who.getName());
        audit.record(who.getName(), "message.reply", accounts.require(appId).name() + " → " + openid
                + " (" + text.length() + " chars, " + handled + " marked handled)");
        redirect.addFlashAttribute("flash", "已通过客服消息发送 Sent as a customer-service message");
        return "redirect:/admin/messages/" + appId + "/" + openid;
    }

    @PostMapping("/admin/messages/{appId}/{openid}/handled")
    String handled(@PathVariable String appId, @PathVariable String openid, Principal who, RedirectAttributes redirect) {
        accounts.require(appId);
        int n = messages.markHandled(appId, openid, who.getName());
        audit.record(who.getName(), "message.handled", accounts.require(appId).name() + " " + openid + " (" + n + ")");
        redirect.addFlashAttribute("flash", "已标记处理 " + n + " 条 Marked handled: " + n);
        return "redirect:/admin/messages/" + appId + "/" + openid;
    }
}
