package io.wxkit.examples.vote;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.VoteModule;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 微投票: the list of polls, one poll with its ranking, and casting a ballot as the WeChat user (OAuth). A refusal
 * re-renders the poll with the reason and the voter's choices kept; a non-follower also gets the way to follow.
 */
@Controller
class VoteController {
    private final VoteModule vote;
    private final VotePageModel pages;

    VoteController(VoteModule vote, VotePageModel pages) {
        this.vote = vote;
        this.pages = pages;
    }

    @GetMapping("/vote")
    String list(Model model) {
        model.addAttribute("pageTitle", "微投票");
        model.addAttribute("polls", vote.polls().list(PageRequest.first(50)).items());
        return "vote/list";
    }

    @GetMapping("/vote/{id}")
    String poll(@PathVariable long id, @WxUser WxUserPrincipal user, Model model) {
        pages.fill(model, poll(id), user.openid(), List.of());
        return "vote/poll";
    }

    @PostMapping("/vote/{id}")
    String cast(@PathVariable long id, @RequestParam(name = "option", required = false) List<Long> options,
                @WxUser WxUserPrincipal user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Poll poll = poll(id);
        List<Long> chosen = options == null ? List.of() : options;
        if (chosen.size() < poll.minChoices() || chosen.size() > poll.maxChoices()) {
            pages.fill(model, poll, user.openid(), chosen);
            model.addAttribute("choiceError", poll.maxChoices() == 1 ? "请选择一个选项。Choose one option."
                    : "请选择 " + poll.minChoices() + "–" + poll.maxChoices() + " 个选项。Choose "
                    + poll.minChoices() + " to " + poll.maxChoices() + " options.");
            return "vote/poll";
        }
        try {
            vote.ballots().cast(id, Participant.of(user.openid()), request.getRemoteAddr(), chosen);
        } catch (ModuleException e) {
            pages.fill(model, poll, user.openid(), chosen);
            model.addAttribute("error", VoteMessages.of(e));
            model.addAttribute("notFollower", "NOT_FOLLOWER".equals(e.code()));
            return "vote/poll";
        }
        redirect.addFlashAttribute("flash", "投票成功，感谢参与！Your ballot is in.");
        return "redirect:/vote/" + id;
    }

    private Poll poll(long id) {
        try {
            return vote.polls().get(id);
        } catch (ModuleException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, VoteMessages.of(e), e);
        }
    }
}
