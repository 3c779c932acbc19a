package io.wxkit.examples.admin.vote;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.charts.BarChart;
import io.wxkit.examples.admin.forms.CsvDownload;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.vote.OptionResult;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.PollResults;
import io.wxkit.modules.vote.VoteModule;
import java.security.Principal;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /admin/vote} (投票): every poll; a poll's results for staff (whatever the poll shows voters) as an ECharts
 * bar chart and the ranking table, the counters checked against the ballots, and the CSV export of the ranking
 * (streamed like the forms export; the vote module audits it, the console's audit log too).
 */
@Controller
class VoteConsoleController {
    private static final int PAGE = 50;
    private final ObjectProvider<VoteModule> vote;
    private final AuditLog audit;

    VoteConsoleController(ObjectProvider<VoteModule> vote, AuditLog audit) {
        this.vote = vote;
        this.audit = audit;
    }

    @GetMapping("/admin/vote")
    String list(@RequestParam(required = false) String after, Model model) {
        VoteModule module = vote.getIfAvailable();
        model.addAttribute("enabled", module != null);
        if (module != null) {
            Page<Poll> page = module.polls().list(after == null ? PageRequest.first(PAGE) : PageRequest.after(after, PAGE));
            model.addAttribute("polls", page.items());
            model.addAttribute("next", page.next().orElse(null));
        }
        return "admin/vote";
    }

    @GetMapping("/admin/vote/{id}")
    String poll(@PathVariable long id, Model model) {
        VoteModule module = vote.getObject();
        Poll poll = found(module, id);
        PollResults results = module.polls().resultsForStaff(id);
        model.addAttribute("poll", poll);
        model.addAttribute("results", results);
        model.addAttribute("chart", chart(results).json());
        model.addAttribute("tally", module.polls().check(id));
        return "admin/vote-poll";
    }

    @GetMapping("/admin/vote/{id}/export.csv")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id, Principal who) {
        VoteModule module = vote.getObject();
        Poll poll = found(module, id);
        String staff = who.getName();
        audit.record(staff, "vote.export", "poll " + id + " " + poll.title());
        return CsvDownload.of("投票-" + id + "-" + poll.title() + ".csv", out -> module.polls().exportCsv(id, staff, out));
    }

    /** The options in display order (not by rank), so the chart reads like the poll. */
    static BarChart chart(PollResults results) {
        List<OptionResult> byOption = results.ranking().stream()
                .sorted(java.util.Comparator.comparingLong(OptionResult::optionId)).toList();
        return new BarChart(byOption.stream().map(OptionResult::text).toList(),
                List.of(BarChart.Series.bar("票数 votes", byOption.stream().map(OptionResult::votes).toList())));
    }

    private static Poll found(VoteModule module, long id) {
        try {
            return module.polls().get(id);
        } catch (ModuleException e) {
            throw new IllegalArgumentException("没有投票 No poll " + id, e);
        }
    }
}
