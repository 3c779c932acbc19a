package io.wxkit.examples.forum;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import io.wxkit.modules.forum.ReplyTo;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 微论坛, writing as the WeChat user: a new thread, a reply (to the thread or under a floor), likes. */
@Controller
class ForumPostController {
    private final ForumModule forum;

    ForumPostController(ForumModule forum) {
        this.forum = forum;
    }

    @GetMapping("/forum/board/{id}/new")
    String draft(@PathVariable long id, @WxUser WxUserPrincipal user, Model model) {
        return newThread(model, ForumController.call(() -> forum.boards().find(id)), "", "");
    }

    @PostMapping("/forum/board/{id}/new")
    String post(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String body, @WxUser WxUserPrincipal user,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Board board = ForumController.call(() -> forum.boards().find(id));
        if (title.isBlank() || body.isBlank()) {
            if (title.isBlank()) {
                model.addAttribute("titleError", "请填写标题。Enter a title.");
            }
            if (body.isBlank()) {
                model.addAttribute("bodyError", "请填写正文。Write the post.");
            }
            return newThread(model, board, title, body);
        }
        try {
            ForumThread t = forum.threads().post(id, author(user), request.getRemoteAddr(), title.strip(), body.strip());
            redirect.addFlashAttribute("flash", "发帖成功。Posted.");
            return "redirect:/forum/thread/" + t.id();
        } catch (ModuleException e) {
            model.addAttribute("error", ForumMessages.of(e));
            return newThread(model, board, title, body);
        }
    }

    @PostMapping("/forum/thread/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(defaultValue = "") String body,
                 @RequestParam(required = false) Long under, @WxUser WxUserPrincipal user,
                 HttpServletRequest request, Model model, RedirectAttributes redirect) {
        ForumThread thread = ForumController.call(() -> forum.threads().find(id));
        String problem = null;
        if (body.isBlank()) {
            problem = "请填写回复内容。Write a reply.";
        } else {
            try {
                forum.replies().post(id, author(user), request.getRemoteAddr(), body.strip(),
                        under == null ? ReplyTo.thread() : ReplyTo.nestedUnder(under));
                redirect.addFlashAttribute("flash", "回复成功。Replied.");
                return "redirect:/forum/thread/" + id + "#replies";
            } catch (ModuleException e) {
                problem = ForumMessages.of(e);
            }
        }
        ForumPages.thread(model, forum, thread, null);
        model.addAttribute("replyError", problem);
        model.addAttribute("replyBody", body);
        return "forum/thread";
    }

    @PostMapping("/forum/thread/{id}/like")
    String likeThread(@PathVariable long id, @WxUser WxUserPrincipal user, HttpServletRequest request,
                      RedirectAttributes redirect) {
        like(() -> forum.likes().likeThread(id, author(user), request.getRemoteAddr()), redirect);
        return "redirect:/forum/thread/" + id;
    }

    @PostMapping("/forum/thread/{id}/reply/{replyId}/like")
    String likeReply(@PathVariable long id, @PathVariable long replyId, @WxUser WxUserPrincipal user,
                     HttpServletRequest request, RedirectAttributes redirect) {
        like(() -> forum.likes().likeReply(replyId, author(user), request.getRemoteAddr()), redirect);
        return "redirect:/forum/thread/" + id + "#reply-" + replyId;
    }

    private static void like(Runnable action, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "已点赞。Liked.");
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", ForumMessages.of(e));
        }
    }

    private static String newThread(Model model, Board board, String title, String body) {
        model.addAttribute("pageTitle", "发新帖");
        model.addAttribute("board", board);
        model.addAttribute("threadTitle", title);
        model.addAttribute("threadBody", body);
        return "forum/new";
    }

    private static Participant author(WxUserPrincipal user) {
        return Participant.of(user.openid());
    }
}
