package io.wxkit.modules.forms;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.spi.TemplateNotifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the confirmation template message of a committed submission. A failure is logged (ids and the
 * exception type only, never answers) and swallowed: the submission is stored and must not look failed.
 */
final class Confirmations {
    private static final Logger log = LoggerFactory.getLogger(Confirmations.class);
    private final ModuleContext context;

    Confirmations(ModuleContext context) {
        this.context = context;
    }

    void send(Form form, Submission s) {
        if (form.confirmation().isEmpty() || context.templates().isEmpty()) {
            return;
        }
        Confirmation c = form.confirmation().get();
        TemplateNotifier notifier = context.templates().get();
        Map<String, String> data = new LinkedHashMap<>();
        data.put(c.titleKey(), form.title().length() > 20 ? form.title().substring(0, 20) : form.title());
        data.put(c.statusKey(), status(form, s));
        try {
            notifier.send(s.openid(), c.templateId(), data, c.url());
        } catch (RuntimeException e) {
            log.warn("confirmation of submission {} on form {} failed: {}", s.id(), form.id(), e.getClass().getName());
        }
    }

    static String status(Form form, Submission s) {
        if (s.status() == SubmissionStatus.WAITING) {
            return "候补中";
        }
        return form.kind() == FormKind.REGISTRATION ? "报名成功" : "已提交";
    }
}
