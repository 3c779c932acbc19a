package io.wxkit.examples.admin.forum;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/forum} (论坛审核): the moderation queue of new threads and replies over every board, newest first;
 * pin, lock, delete with a reason, and ban an author (forum-wide or from one board, for some days, with a reason).
 * Every action goes through the forum module's {@code Moderation} (which checks the moderator and audits it in the
 * module) and the console's audit log.
 */
@Controller
class ForumModerationController {
    private static final int PAGE = 30;
    private final ObjectProvider<ForumModule> forum;
    private final AuditLog audit;

    ForumModerationController(ObjectProvider<ForumModule> forum, AuditLog audit) {
        this.forum = forum;
        this.audit = audit;
    }

    @GetMapping("/admin/forum")
    String queue(@RequestParam(required = false) String threadsAfter, @RequestParam(required = false) String repliesAfter,
                 Model model) {
        ForumModule module = forum.getIfAvailable();
        model.addAttribute("enabled", module != null);
        if (module == null) {
            return "admin/forum";
        }
        var threads = module.threads().latest(threadsAfter == null ? PageRequest.first(PAGE) : PageRequest.after(threadsAfter, PAGE));
        var replies = module.replies().latest(repliesAfter == null ? PageRequest.first(PAGE) : PageRequest.after(repliesAfter, PAGE));
        Map<Long, String> boards = module.boards().list().stream().collect(Collectors.toMap(Board::id, Board::name));
        Map<Long, ForumThread> parents = replies.items().stream().map(r -> r.threadId()).distinct()
                .flatMap(id -> findThread(module, id).stream()).collect(Collectors.toMap(ForumThread::id, Function.identity()));
        model.addAttribute("threads", threads.items());
        model.addAttribute("threadsNext", threads.next().orElse(null));
        model.addAttribute("replies", replies.items());
        model.addAttribute("repliesNext", replies.next().orElse(null));
        model.addAttribute("boards", boards);
        model.addAttribute("boardList", module.boards().list());
        model.addAttribute("parents", parents);
        return "admin/forum";
    }

    @PostMapping("/admin/forum/threads/{id}/pin")
    String pin(@PathVariable long id, @RequestParam boolean pinned, Principal who, RedirectAttributes redirect) {
        return act(who, redirect, "forum.pin", "thread " + id + " pinned=" + pinned, pinned ? "已置顶 Pinned" : "已取消置顶 Unpinned",
                (m, actor) -> m.moderation().pin(actor, id, pinned));
    }

    @PostMapping("/admin/forum/threads/{id}/lock")
    String lock(@PathVariable long id, @RequestParam boolean locked, Principal who, RedirectAttributes redirect) {
        return act(who, redirect, "forum.lock", "thread " + id + " locked=" + locked, locked ? "已锁定 Locked" : "已解锁 Unlocked",
                (m, actor) -> m.moderation().lock(actor, id, locked));
    }

    @PostMapping("/admin/forum/threads/{id}/delete")
    String deleteThread(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal who,
                        RedirectAttributes redirect) {
        if (reason.isBlank()) {
            return missingReason(redirect, "thread-" + id, reason);
        }
        return act(who, redirect, "forum.delete-thread", "thread " + id + ": " + reason.strip(), "主题已删除 Thread deleted",
                (m, actor) -> m.moderation().deleteThread(actor, id, reason.strip()));
    }

    @PostMapping("/admin/forum/replies/{id}/delete")
    String deleteReply(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal who,
                       RedirectAttributes redirect) {
        if (reason.isBlank()) {
            return missingReason(redirect, "reply-" + id, reason);
        }
        return act(who, redirect, "forum.delete-reply", "reply " + id + ": " + reason.strip(), "回复已删除 Reply deleted",
                (m, actor) -> m.moderation().deleteReply(actor, id, reason.strip()));
    }

    @PostMapping("/admin/forum/ban")
    String ban(@RequestParam String openid, @RequestParam(defaultValue = "0") long boardId,
               @RequestParam(defaultValue = "") String days, @RequestParam(defaultValue = "") String reason, Principal who,
               RedirectAttributes redirect) {
        if (!days.strip().matches("\\d{1,4}") || Integer.parseInt(days.strip()) == 0 || reason.isBlank()) {
            redirect.addFlashAttribute("error", "未封禁 Not banned: 天数 1–9999，并填写原因 Days 1–9999 and a reason");
            redirect.addFlashAttribute("badBan", openid);
            redirect.addFlashAttribute("typedDays", days);
            redirect.addFlashAttribute("typedReason", reason);
            return "redirect:/admin/forum";
        }
        int d = Integer.parseInt(days.strip());
        String where = boardId == 0 ? "全站 forum-wide" : "board " + boardId;
        return act(who, redirect, "forum.ban", openid + " " + where + " " + d + " days: " + reason.strip(),
                "已封禁 Banned " + openid + " (" + d + " 天 days)",
                (m, actor) -> m.moderation().ban(actor, boardId, openid, Duration.ofDays(d), reason.strip()));
    }

    /** What every action does: act as the staff member's forum identity, audit, and say what happened. */
    private String act(Principal who, RedirectAttributes redirect, String action, String detail, String done, Action call) {
        ForumModule module = forum.getObject();
        try {
            call.run(module, Moderators.actor(module, who.getName()));
            audit.record(who.getName(), action, detail);
            redirect.addFlashAttribute("flash", done);
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", "未完成 Not done: " + e.code() + " — " + e.getMessage());
        }
        return "redirect:/admin/forum";
    }

    private static String missingReason(RedirectAttributes redirect, String target, String typed) {
        redirect.addFlashAttribute("error", "删除需要填写原因 A deletion needs a reason");
        redirect.addFlashAttribute("badDelete", target);
        return "redirect:/admin/forum";
    }

    private static java.util.Optional<ForumThread> findThread(ForumModule module, long id) {
        try {
            return java.util.Optional.of(module.threads().find(id));
        } catch (ModuleException e) {
            return java.util.Optional.empty(); // deleted since: its replies still show, without the title
        }
    }

    @FunctionalInterface
    private interface Action {
        void run(ForumModule module, String actor);
    }
}
