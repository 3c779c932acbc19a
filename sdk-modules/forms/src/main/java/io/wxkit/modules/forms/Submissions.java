package io.wxkit.modules.forms;

import io.wxkit.modules.common.AbuseGuard;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.stats.DayCounts;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Submitting, editing and withdrawing (提交, 修改, 取消报名). Every write locks the form row first
 * ({@code FOR UPDATE}) and re-reads the window and the counters under that lock, so a registration never
 * takes more than its capacity, waiting tickets are handed out in commit order, and a withdrawal promotes
 * exactly the first of the waiting list. One lock order (form row, then submission rows) means writers
 * never deadlock each other. Confirmations go out after commit.
 *
 * <pre>{@code
 * SubmitResult r = forms.submissions().submit(formId, Participant.of(openid), ip, Map.of("name", List.of("Li Lei")));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link FormsModule#submissions()}.
 */
public final class Submissions {
    private final ModuleContext context;
    private final Transactions tx;
    private final Confirmations confirmations;

    Submissions(ModuleContext context, Confirmations confirmations) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
        this.confirmations = confirmations;
    }

    /**
     * Submits {@code answers} (field key → values; one value for single-valued fields) as {@code who} from
     * client address {@code ip} ({@code null} if unknown).
     *
     * @param formId the form's id
     * @param who the author; {@code who.openid()} is the key of the once-per-openid rule
     * @param ip the client's IPv4 or IPv6 address for the abuse limits, or {@code null} if unknown
     * @param answers field key to values; keys of the form only
     * @return {@code Accepted} (status {@code CONFIRMED} or {@code WAITING}) or {@code Rejected} with every wrong field
     * @throws ModuleException {@code RATE_LIMITED}, {@code FORM_NOT_FOUND}, {@code FORM_NOT_OPEN}, {@code FORM_CLOSED},
     *     {@code ALREADY_SUBMITTED}, {@code FORM_FULL}, {@code BUSY}; nothing is stored then
     * @throws NullPointerException if {@code who} or {@code answers} is null
     */
    public SubmitResult submit(long formId, Participant who, String ip, Map<String, List<String>> answers) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(answers, "answers");
        AbuseGuard.requireIp(ip);
        context.abuseGuard().check("forms.submit", who.openid(), ip);
        Form form = Forms.load(tx, formId);
        Instant now = context.clock().instant();
        requireOpen(form, now);
        AnswerCheck.Outcome checked = AnswerCheck.check(form.fields(), answers, LocalDate.ofInstant(now, context.zone()));
        if (!checked.errors().isEmpty()) {
            return new SubmitResult.Rejected(checked.errors());
        }
        Submission s = tx.run(h -> {
            Form locked = FormRows.find(h, formId, true).orElseThrow(() -> Forms.notFound(formId));
            requireOpen(locked, now);
            String slot = slotFor(h, locked, who.openid());
            SubmissionStatus status = SubmissionStatus.CONFIRMED;
            Long position = null;
            if (locked.capacity() > 0 && locked.confirmed() >= locked.capacity()) {
                if (locked.waiting() >= locked.waitingLimit()) {
                    throw new ModuleException(FormsError.FORM_FULL, "form " + formId + " is full"
                            + (locked.waitingLimit() > 0 ? " and so is its waiting list" : ""));
                }
                status = SubmissionStatus.WAITING;
                position = FormRows.nextWaitingPosition(h, formId);
            }
            long id = SubmissionRows.insert(h, formId, who.openid(), slot, status, position, ip, now);
            SubmissionRows.replaceAnswers(h, id, formId, checked.answers());
            FormRows.count(h, formId, status == SubmissionStatus.CONFIRMED ? 1 : 0, status == SubmissionStatus.WAITING ? 1 : 0);
            return SubmissionRows.find(h, id).orElseThrow();
        });
        confirmations.send(form, s);
        return new SubmitResult.Accepted(s);
    }

    /**
     * Replaces the answers of {@code who}'s submission {@code submissionId} until the form closes; its place
     * (confirmed or waiting ticket) is kept.
     *
     * @param submissionId the submission's id
     * @param who its author
     * @param ip the client's IPv4 or IPv6 address for the abuse limits, or {@code null} if unknown
     * @param answers the new answers, all of them, as for {@link #submit}
     * @return {@code Accepted} with the updated submission, or {@code Rejected} with every wrong field
     * @throws ModuleException {@code SUBMISSION_NOT_FOUND} (also when it is someone else's), {@code ALREADY_WITHDRAWN},
     *     {@code FORM_CLOSED}, {@code RATE_LIMITED}, {@code BUSY}
     * @throws NullPointerException if {@code who} or {@code answers} is null
     */
    public SubmitResult edit(long submissionId, Participant who, String ip, Map<String, List<String>> answers) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(answers, "answers");
        context.abuseGuard().check("forms.edit", who.openid(), AbuseGuard.requireIp(ip));
        Submission own = own(submissionId, who.openid());
        Form form = Forms.load(tx, own.formId());
        Instant now = context.clock().instant();
        AnswerCheck.Outcome checked = AnswerCheck.check(form.fields(), answers, LocalDate.ofInstant(now, context.zone()));
        if (!checked.errors().isEmpty()) {
            return new SubmitResult.Rejected(checked.errors());
        }
        return new SubmitResult.Accepted(tx.run(h -> {
            Form locked = FormRows.find(h, own.formId(), true).orElseThrow(() -> Forms.notFound(own.formId()));
            requireOpen(locked, now);
            requireActive(SubmissionRows.find(h, submissionId).orElseThrow());
            SubmissionRows.replaceAnswers(h, submissionId, own.formId(), checked.answers());
            SubmissionRows.touch(h, submissionId, now);
            return SubmissionRows.find(h, submissionId).orElseThrow();
        }));
    }

    /**
     * Withdraws {@code who}'s submission until the form closes. A confirmed registration's place goes to the
     * first of the waiting list, who is told by the confirmation message.
     *
     * @param submissionId the submission's id
     * @param who its author
     * @return the promoted submission, if one was
     * @throws ModuleException {@code SUBMISSION_NOT_FOUND}, {@code ALREADY_WITHDRAWN}, {@code FORM_CLOSED}, {@code BUSY}
     * @throws NullPointerException if {@code who} is null
     */
    public Optional<Submission> withdraw(long submissionId, Participant who) {
        Objects.requireNonNull(who, "who");
        Submission own = own(submissionId, who.openid());
        Instant now = context.clock().instant();
        Optional<Submission> promoted = tx.run(h -> {
            Form locked = FormRows.find(h, own.formId(), true).orElseThrow(() -> Forms.notFound(own.formId()));
            requireOpen(locked, now);
            Submission current = SubmissionRows.find(h, submissionId).orElseThrow();
            requireActive(current);
            SubmissionRows.withdraw(h, submissionId, now);
            if (current.status() == SubmissionStatus.WAITING) {
                FormRows.count(h, own.formId(), 0, -1);
                return Optional.<Submission>empty();
            }
            Optional<Long> next = SubmissionRows.promoteFirst(h, own.formId(), now);
            FormRows.count(h, own.formId(), next.isPresent() ? 0 : -1, next.isPresent() ? -1 : 0);
            return next.flatMap(id -> SubmissionRows.find(h, id));
        });
        promoted.ifPresent(p -> confirmations.send(Forms.load(tx, own.formId()), p));
        return promoted;
    }

    /**
     * {@code openid}'s submissions to the form, oldest first (withdrawn ones included).
     *
     * @param formId the form's id
     * @param openid the author; 1-64 characters of {@code [A-Za-z0-9_-]}
     * @return the submissions, oldest first
     * @throws ModuleException {@code INVALID_INPUT} if {@code openid} is malformed
     */
    public List<Submission> mine(long formId, String openid) {
        Participant.requireId("openid", openid);
        return tx.run(h -> SubmissionRows.idsOf(h, formId, openid).stream()
                .map(id -> SubmissionRows.find(h, id).orElseThrow()).toList());
    }

    /**
     * The form's submissions, newest first, withdrawn ones included (keyset on the id): the staff's table.
     *
     * <pre>{@code
     * Page<Submission> latest = module.submissions().of(formId, PageRequest.first(50));
     * }</pre>
     *
     * @param formId the form's id
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<Submission> of(long formId, PageRequest page) {
        return tx.run(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM wxkit_forms_submission WHERE form_id = :form AND id < :after ORDER BY id DESC LIMIT :limit")
                    .bind("form", formId).bind("after", page.afterId()).bind("limit", page.size() + 1).mapTo(Long.class).list();
            return Page.of(ids.stream().map(id -> SubmissionRows.find(h, id).orElseThrow()).toList(), page, Submission::id);
        });
    }

    /**
     * The openids holding a submission of {@code status} in the form, each once, in the order of their first such
     * submission: the participants a notice goes to ({@code CONFIRMED}), the waiting list ({@code WAITING}).
     *
     * <pre>{@code
     * List<String> confirmed = module.submissions().participants(formId, SubmissionStatus.CONFIRMED);
     * }</pre>
     *
     * @param formId the form's id
     * @param status which submissions count ({@code CONFIRMED}, {@code WAITING}, ...); not null
     * @return the openids, each once
     * @throws NullPointerException if {@code status} is null
     * @throws ModuleException {@code FORM_NOT_FOUND} when there is no such form
     */
    public List<String> participants(long formId, SubmissionStatus status) {
        Objects.requireNonNull(status, "status");
        Forms.load(tx, formId);
        return tx.run(h -> h.createQuery("SELECT openid FROM wxkit_forms_submission WHERE form_id = :form AND status = :status"
                        + " GROUP BY openid ORDER BY MIN(id)")
                .bind("form", formId).bind("status", status.name()).mapTo(String.class).list());
    }

    /**
     * How many wait ahead of a waiting submission (0: it is next), or empty if it is not waiting.
     *
     * @param submissionId the submission's id
     * @return the number of waiting submissions with a lower ticket, or empty
     */
    public Optional<Long> waitingAhead(long submissionId) {
        return tx.run(h -> SubmissionRows.find(h, submissionId)
                .flatMap(s -> s.waitingPosition().map(p -> SubmissionRows.aheadOf(h, s.formId(), p))));
    }

    private Submission own(long submissionId, String openid) {
        Participant.requireId("openid", openid);
        return tx.run(h -> SubmissionRows.find(h, submissionId))
                .filter(s -> s.openid().equals(openid))
                .orElseThrow(() -> new ModuleException(FormsError.SUBMISSION_NOT_FOUND, "no submission " + submissionId + " of this user"));
    }

    private static String slotFor(Handle h, Form form, String openid) {
        if (!form.manyPerOpenid()) {
            if (SubmissionRows.active(h, form.id(), openid) > 0) {
                throw new ModuleException(FormsError.ALREADY_SUBMITTED, "this user already submitted form " + form.id());
            }
            return "once";
        }
        return "m" + (SubmissionRows.lastSlot(h, form.id(), openid) + 1);
    }

    private static void requireActive(Submission s) {
        if (s.status() == SubmissionStatus.WITHDRAWN) {
            throw new ModuleException(FormsError.ALREADY_WITHDRAWN, "submission " + s.id() + " was withdrawn");
        }
    }

    static void requireOpen(Form form, Instant now) {
        if (now.isBefore(form.opensAt())) {
            throw new ModuleException(FormsError.FORM_NOT_OPEN, "form " + form.id() + " opens at " + form.opensAt());
        }
        if (!now.isBefore(form.closesAt())) {
            throw new ModuleException(FormsError.FORM_CLOSED, "form " + form.id() + " closed at " + form.closesAt());
        }
    }

    /**
     * The submissions made on each day from {@code first} to {@code last} (both included, the module's zone) to
     * every form, one entry per day, days without submissions as {@code 0}. A submission counts on the day it was
     * first submitted, whatever its status now (confirmed, waiting or withdrawn since); edits do not count again.
     * One query.
     *
     * @param first the first day, in the module's time zone; not null
     * @param last  the last day, included; not before {@code first}, at most 400 days after it
     * @return one count a day from {@code first} to {@code last}, in order
     * @throws ModuleException {@code INVALID_INPUT} when {@code last} is before {@code first} or the range is longer
     *                         than 400 days
     */
    public List<DailyCount> perDay(LocalDate first, LocalDate last) {
        return DayCounts.of(context, "wxkit_forms_submission", "submitted_at", null, first, last);
    }
}
