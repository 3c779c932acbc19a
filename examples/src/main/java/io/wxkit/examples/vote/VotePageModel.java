package io.wxkit.examples.vote;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.PollResults;
import io.wxkit.modules.vote.VoteModule;
import java.time.Instant;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the poll page shows: the poll, the ranking when the voter may see it, and how to follow the account. */
@Component
class VotePageModel {
    private final VoteModule vote;
    private final String serviceAppId;

    VotePageModel(VoteModule vote, Environment env) {
        this.vote = vote;
        this.serviceAppId = env.getProperty("wxkit.mp.accounts.svc.app-id");
    }

    void fill(Model model, Poll poll, String openid, List<Long> chosen) {
        model.addAttribute("pageTitle", "微投票");
        model.addAttribute("poll", poll);
        model.addAttribute("open", poll.isOpen(Instant.now()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("voted", vote.ballots().hasVoted(poll.id(), openid));
        model.addAttribute("multiple", poll.maxChoices() > 1);
        model.addAttribute("serviceAppId", serviceAppId);
        model.addAttribute("openid", openid);
        model.addAttribute("results", results(poll, openid));
        if (poll.followRequired()) {
            model.addAttribute("qrCodeUrl", qrCode(poll));
        }
    }

    private PollResults results(Poll poll, String openid) {
        try {
            return vote.polls().results(poll.id(), openid);
        } catch (ModuleException hidden) {
            return null; // RESULTS_HIDDEN: the page says the ranking shows after voting
        }
    }

    // without a QR issuer (or with WeChat refusing) the page still offers the follow link
    private String qrCode(Poll poll) {
        try {
            return vote.polls().qrCodeUrl(poll.id());
        } catch (RuntimeException unavailable) {
            return null;
        }
    }
}
