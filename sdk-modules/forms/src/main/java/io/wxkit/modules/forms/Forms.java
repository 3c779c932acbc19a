package io.wxkit.modules.forms;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.internal.CsvWriter;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.internal.db.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Form definitions and what staff do with them: create, read, close early, statistics per question and the
 * streamed CSV export. Staff operations are audited.
 *
 * <pre>{@code
 * Form f = forms.forms().create(FormDraft.survey("Canteen", opensAt, closesAt)
 *     .field(FormField.singleChoice("taste", "口味", "好", "一般", "差").mandatory()), "staff-1");
 * List<QuestionStats> stats = forms.forms().statistics(f.id());
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link FormsModule#forms()}.
 */
public final class Forms {
    static final int EXPORT_FETCH = 500;
    private final ModuleContext context;
    private final Transactions tx;

    Forms(ModuleContext context) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Stores {@code draft} on behalf of {@code staff}.
     *
     * @param draft the form; not null
     * @param staff who acts, 1-64 characters, as recorded in the audit log
     * @return the stored form with its id
     * @throws ModuleException {@code INVALID_FORM} naming the broken rule
     * @throws NullPointerException if {@code draft} is null
     * @throws ModuleException also {@code INVALID_INPUT} for a malformed {@code staff}
     */
    public Form create(FormDraft draft, String staff) {
        Objects.requireNonNull(draft, "draft");
        requireStaff(staff);
        draft.validate();
        Instant now = context.clock().instant();
        return tx.run(h -> {
            long id = FormRows.insert(h, draft, now);
            context.audit().record(h, AuditEntry.of(FormsModule.NAME, staff, "form.create", "form:" + id, "OK"));
            return FormRows.find(h, id, false).orElseThrow();
        });
    }

    /**
     * The form {@code id}.
     *
     * @param id the form's id
     * @return the form with its fields and counters
     * @throws ModuleException {@code FORM_NOT_FOUND}
     */
    public Form find(long id) {
        return load(tx, id);
    }

    /**
     * Closes the form now (no more submissions, edits or withdrawals).
     *
     * @param id the form's id
     * @param staff who acts, 1-64 characters, as recorded in the audit log
     * @return the form as closed
     * @throws ModuleException {@code FORM_NOT_FOUND}, {@code FORM_CLOSED} if it already was
     * @throws ModuleException also {@code INVALID_INPUT} for a malformed {@code staff}
     */
    public Form close(long id, String staff) {
        requireStaff(staff);
        Instant now = context.clock().instant();
        return tx.run(h -> {
            FormRows.find(h, id, true).orElseThrow(() -> notFound(id));
            if (FormRows.close(h, id, now) == 0) {
                throw new ModuleException(FormsError.FORM_CLOSED, "form " + id + " is closed already");
            }
            context.audit().record(h, AuditEntry.of(FormsModule.NAME, staff, "form.close", "form:" + id, "OK"));
            return FormRows.find(h, id, false).orElseThrow();
        });
    }

    /**
     * Every form, newest first (keyset on the id): the staff's list.
     *
     * <pre>{@code
     * Page<Form> forms = module.forms().list(PageRequest.first(20));
     * }</pre>
     *
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<Form> list(PageRequest page) {
        return context.jdbi().withHandle(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM wxkit_forms_form WHERE id < :after ORDER BY id DESC LIMIT :limit")
                    .bind("after", page.afterId()).bind("limit", page.size() + 1).mapTo(Long.class).list();
            return Page.of(ids.stream().map(id -> FormRows.find(h, id, false).orElseThrow()).toList(), page, Form::id);
        });
    }

    /**
     * One entry per field, in form order, over the submissions that are not withdrawn.
     *
     * @param id the form's id
     * @return the statistics, one per field
     * @throws ModuleException {@code FORM_NOT_FOUND}
     */
    public List<QuestionStats> statistics(long id) {
        Form form = load(tx, id);
        return context.jdbi().withHandle(h -> {
            List<QuestionStats> out = new ArrayList<>();
            for (FormField f : form.fields()) {
                out.add(stats(h, form.id(), f));
            }
            return out;
        });
    }

    /**
     * Streams the submissions (withdrawn ones included, with their status) to {@code out} as formula-safe
     * CSV: one column per field, several values joined by {@code "; "}. Rows are read in batches and written
     * as they come, so exports of any size use constant memory. Audited.
     *
     * @param id the form's id
     * @param staff who acts, 1-64 characters, as recorded in the audit log
     * @param out where the CSV goes; not closed
     * @return how many submissions were written
     * @throws NullPointerException if {@code out} is null
     * @throws ModuleException {@code FORM_NOT_FOUND}, or {@code INVALID_INPUT} for a malformed {@code staff}
     */
    public long exportCsv(long id, String staff, Appendable out) {
        requireStaff(staff);
        Objects.requireNonNull(out, "out");
        Form form = load(tx, id);
        CsvWriter csv = CsvWriter.to(out);
        List<Object> header = new ArrayList<>(List.of("submission_id", "openid", "status", "waiting_ticket", "submitted_at", "updated_at"));
        form.fields().forEach(f -> header.add(f.label()));
        csv.row(header.toArray());
        long rows = context.jdbi().withHandle(h -> new CsvExport(form, csv).write(h, EXPORT_FETCH));
        context.audit().record(AuditEntry.of(FormsModule.NAME, staff, "form.export", "form:" + id, "OK"));
        return rows;
    }

    private static QuestionStats stats(org.jdbi.v3.core.Handle h, long formId, FormField f) {
        String active = " FROM wxkit_forms_answer a JOIN wxkit_forms_submission s ON s.id = a.submission_id"
                + " WHERE a.form_id = :form AND a.field_key = :key AND s.status <> 'WITHDRAWN'";
        long answered = h.createQuery("SELECT COUNT(DISTINCT a.submission_id)" + active)
                .bind("form", formId).bind("key", f.key()).mapTo(Long.class).one();
        Map<String, Long> counts = new LinkedHashMap<>();
        Optional<BigDecimal> min = Optional.empty();
        Optional<BigDecimal> max = Optional.empty();
        Optional<BigDecimal> sum = Optional.empty();
        if (!f.options().isEmpty()) {
            Map<String, Long> found = new HashMap<>();
            h.createQuery("SELECT a.answer_value, COUNT(*)" + active + " GROUP BY a.answer_value")
                    .bind("form", formId).bind("key", f.key())
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
            f.options().forEach(o -> counts.put(o, found.getOrDefault(o, 0L)));
        } else if (f.type() == FieldType.NUMBER && answered > 0) {
            // numbers are stored as canonical decimal text: aggregate exactly in Java, streaming the values
            BigDecimal[] acc = {null, null, BigDecimal.ZERO};
            h.createQuery("SELECT a.answer_value" + active).bind("form", formId).bind("key", f.key())
                    .setFetchSize(EXPORT_FETCH).mapTo(String.class).forEach(v -> {
                        BigDecimal n = new BigDecimal(v);
                        acc[0] = acc[0] == null || n.compareTo(acc[0]) < 0 ? n : acc[0];
                        acc[1] = acc[1] == null || n.compareTo(acc[1]) > 0 ? n : acc[1];
                        acc[2] = acc[2].add(n);
                    });
            min = Optional.of(acc[0]);
            max = Optional.of(acc[1]);
            sum = Optional.of(acc[2]);
        }
        return new QuestionStats(f.key(), f.label(), f.type(), answered, counts, min, max, sum);
    }

    static Form load(Transactions tx, long id) {
        return tx.run(h -> FormRows.find(h, id, false)).orElseThrow(() -> notFound(id));
    }

    static ModuleException notFound(long id) {
        return new ModuleException(FormsError.FORM_NOT_FOUND, "no form " + id);
    }

    private static void requireStaff(String staff) {
        if (staff == null || staff.isBlank() || staff.length() > 64) {
            throw FormField.invalidInput("staff id must be 1-64 characters");
        }
    }
}
