package io.wxkit.examples.kf;

import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follower's side of customer service (/kf, behind WeChat login): the conversation, and a box to write to
 * staff from the page. The page polls {@code /kf/messages} so staff answers appear without a reload.
 */
@Controller
class KfController {
    private final KfDesk desk;

    KfController(KfDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/kf")
    String page(@WxUser WxUserPrincipal user, Model model) {
        model.addAttribute("pageTitle", "客服 · Customer service");
        model.addAttribute("messages", desk.messages(user.appId(), user.openid()));
        model.addAttribute("open", desk.isOpen(user.appId(), user.openid()));
        if (!model.containsAttribute("content")) {
            model.addAttribute("content", "");
        }
        return "kf/chat";
    }

    @PostMapping("/kf")
    String send(@WxUser WxUserPrincipal user, @RequestParam(defaultValue = "") String content, Model model,
                RedirectAttributes redirect) {
        String text = content.strip();
        String problem = text.isEmpty() ? "请输入内容。 Please type a message."
                : text.length() > KfDesk.MAX_CHARS ? "内容不能超过 " + KfDesk.MAX_CHARS + " 个字（现在 " + text.length()
                        + " 个）。 At most " + KfDesk.MAX_CHARS + " characters." : null;
        if (problem != null) {
            model.addAttribute("contentError", problem);
            model.addAttribute("content", content);
            return page(user, model);
        }
        if (!desk.isOpen(user.appId(), user.openid())) {
            desk.open(user.appId(), user.openid(), KfHandler.OPEN_NOTICE);
        }
        desk.fromUser(user.appId(), user.openid(), text);
        redirect.addFlashAttribute("flash", "已发送，客服会尽快回复。 Sent.");
        return "redirect:/kf";
    }

    /** The conversation as JSON, for the page's polling script. */
    @GetMapping("/kf/messages")
    @ResponseBody
    List<Map<String, Object>> messages(@WxUser WxUserPrincipal user) {
        return desk.messages(user.appId(), user.openid()).stream()
                .map(m -> Map.<String, Object>of("id", m.id(), "sender", m.sender(), "content", m.content()))
                .toList();
    }
}
