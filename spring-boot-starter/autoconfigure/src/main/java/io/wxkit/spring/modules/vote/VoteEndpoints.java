package io.wxkit.spring.modules.vote;

import io.wxkit.modules.vote.Ballot;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.PollDraft;
import io.wxkit.modules.vote.PollResults;
import io.wxkit.modules.vote.ResultsVisibility;
import io.wxkit.modules.vote.VoteLimit;
import io.wxkit.modules.vote.VoteModule;
import io.wxkit.spring.modules.web.Bodies;
import io.wxkit.spring.modules.web.ModuleRequests;
import io.wxkit.spring.modules.web.PageView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The vote module over JSON: polls, casting a ballot as the signed-in user, results; admins create and close. */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/vote", produces = MediaType.APPLICATION_JSON_VALUE)
public class VoteEndpoints {
    private static final String MODULE = "vote";
    private final VoteModule vote;
    private final ModuleRequests requests;

    /**
     * The controller the starter registers (bean of {@link VoteWebConfiguration}) when the vote module runs
     * ({@code wxkit.modules.vote.enabled=true}) in a servlet web application; public for Spring MVC,
     * applications do not construct it. Stateless apart from its collaborators, so safe for concurrent requests.
     *
     * @param vote the vote module bean
     * @param requests the signed-in user, admin check and client IP of each request
     */
    public VoteEndpoints(VoteModule vote, ModuleRequests requests) {
        this.vote = vote;
        this.requests = requests;
    }

    @GetMapping("/polls")
    PageView<Poll> polls(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        return PageView.of(vote.polls().list(ModuleRequests.page(cursor, size)));
    }

    @GetMapping("/polls/{id}")
    Poll poll(@PathVariable long id) {
        return vote.polls().get(id);
    }

    /** The chosen options; the voter is the signed-in user, never a field of the body. */
    record Cast(List<Long> optionIds) {}

    @PostMapping("/polls/{id}/ballots")
    @ResponseStatus(HttpStatus.CREATED)
    Ballot cast(@PathVariable long id, @RequestBody Cast body, HttpServletRequest request) {
        List<Long> options = Bodies.require(Bodies.body(body).optionIds(), "optionIds");
        return vote.ballots().cast(id, requests.user(request), requests.ip(request), options);
    }

    @GetMapping("/polls/{id}/results")
    PollResults results(@PathVariable long id, HttpServletRequest request) {
        return vote.polls().results(id, requests.openid(request));
    }

    /** A new poll; absent fields take the module's defaults (single choice, once per user, results always). */
    record NewPoll(String title, String description, String coverUrl, Instant opensAt, Instant closesAt,
                   List<String> options, Integer minChoices, Integer maxChoices, ResultsVisibility results,
                   Boolean followRequired, Integer perDay, Integer perOptionLimit) {}

    @PostMapping("/admin/polls")
    @ResponseStatus(HttpStatus.CREATED)
    Poll create(@RequestBody NewPoll body, HttpServletRequest request) {
        requests.admin(request, MODULE);
        NewPoll p = Bodies.body(body);
        PollDraft draft = PollDraft.titled(Bodies.require(p.title(), "title"), Bodies.require(p.opensAt(), "opensAt"),
                Bodies.require(p.closesAt(), "closesAt"));
        for (String option : Bodies.require(p.options(), "options")) {
            draft = draft.option(option);
        }
        if (p.description() != null) {
            draft = draft.description(p.description());
        }
        if (p.coverUrl() != null) {
            draft = draft.cover(p.coverUrl());
        }
        if (p.minChoices() != null || p.maxChoices() != null) {
            draft = draft.multipleChoice(p.minChoices() == null ? 1 : p.minChoices(), Bodies.require(p.maxChoices(), "maxChoices"));
        }
        if (p.results() != null) {
            draft = draft.results(p.results());
        }
        if (p.followRequired() != null) {
            draft = draft.followRequired(p.followRequired());
        }
        if (p.perDay() != null) {
            draft = draft.limit(VoteLimit.perDay(p.perDay()));
        }
        if (p.perOptionLimit() != null) {
            draft = draft.perOptionLimit(p.perOptionLimit());
        }
        return vote.polls().create(draft);
    }

    @PostMapping("/admin/polls/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable long id, HttpServletRequest request) {
        vote.polls().close(id, requests.admin(request, MODULE));
    }

    @GetMapping("/admin/polls/{id}/results")
    PollResults staffResults(@PathVariable long id, HttpServletRequest request) {
        requests.admin(request, MODULE);
        return vote.polls().resultsForStaff(id);
    }
}
