package io.wxkit.examples.admin.forms;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.charts.BarChart;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forms.QuestionStats;
import io.wxkit.modules.forms.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /admin/forms} (表单 · 报名): every form with its counts; a form's statistics (a bar chart per choice
 * question, min / max / average per number question), its submissions page by page, and the streamed CSV export
 * of all of them ({@link CsvDownload}; the forms module audits the export, the console's audit log too).
 */
@Controller
class FormsConsoleController {
    private static final int PAGE = 50;
    private final ObjectProvider<FormsModule> forms;
    private final AuditLog audit;

    FormsConsoleController(ObjectProvider<FormsModule> forms, AuditLog audit) {
        this.forms = forms;
        this.audit = audit;
    }

    @GetMapping("/admin/forms")
    String list(@RequestParam(required = false) String after, Model model) {
        FormsModule module = forms.getIfAvailable();
        model.addAttribute("enabled", module != null);
        if (module != null) {
            Page<Form> page = module.forms().list(after == null ? PageRequest.first(PAGE) : PageRequest.after(after, PAGE));
            model.addAttribute("forms", page.items());
            model.addAttribute("next", page.next().orElse(null));
        }
        return "admin/forms";
    }

    @GetMapping("/admin/forms/{id}")
    String form(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
        FormsModule module = forms.getObject();
        Form form = found(module, id);
        List<QuestionStats> stats = module.forms().statistics(id);
        Page<Submission> page = module.submissions().of(id, after == null ? PageRequest.first(PAGE) : PageRequest.after(after, PAGE));
        model.addAttribute("form", form);
        model.addAttribute("charts", charts(stats));
        model.addAttribute("numbers", stats.stream().filter(s -> s.sum().isPresent()).toList());
        model.addAttribute("averages", averages(stats));
        model.addAttribute("submissions", page.items());
        model.addAttribute("next", page.next().orElse(null));
        model.addAttribute("first", after == null);
        return "admin/form";
    }

    @GetMapping("/admin/forms/{id}/export.csv")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id, Principal who) {
        FormsModule module = forms.getObject();
        Form form = found(module, id);
        String staff = who.getName();
        audit.record(staff, "forms.export", "form " + id + " " + form.title());
        return CsvDownload.of("表单-" + id + "-" + form.title() + ".csv", out -> module.forms().exportCsv(id, staff, out));
    }

    /** One chart per choice question: the options and how many chose each, in form order. */
    static Map<String, String> charts(List<QuestionStats> stats) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (QuestionStats s : stats) {
            if (!s.counts().isEmpty()) {
                BarChart chart = new BarChart(new ArrayList<>(s.counts().keySet()),
                        List.of(BarChart.Series.bar("人数 answers", new ArrayList<>(s.counts().values()))));
                charts.put(s.field(), chart.json());
            }
        }
        return charts;
    }

    private static Map<String, String> averages(List<QuestionStats> stats) {
        Map<String, String> averages = new LinkedHashMap<>();
        for (QuestionStats s : stats) {
            if (s.sum().isPresent() && s.answered() > 0) {
                averages.put(s.field(), s.sum().get().divide(BigDecimal.valueOf(s.answered()), 2, RoundingMode.HALF_UP).toPlainString());
            }
        }
        return averages;
    }

    private static Form found(FormsModule module, long id) {
        try {
            return module.forms().find(id);
        } catch (ModuleException e) {
            throw new IllegalArgumentException("没有表单 No form " + id, e);
        }
    }
}
