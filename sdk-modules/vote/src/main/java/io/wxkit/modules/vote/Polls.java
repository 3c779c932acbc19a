package io.wxkit.modules.vote;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.internal.CsvWriter;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import io.wxkit.modules.common.spi.QrCodeIssuer;
import java.time.Instant;
import java.util.Objects;

/**
 * Creating, listing and closing polls, their results (with the poll's visibility rule), CSV export and
 * the follow-to-vote QR code.
 *
 * <pre>{@code
 * Poll poll = vote.polls().create(PollDraft.titled("Best dish", opensAt, closesAt).option("Dumplings").option("Noodles"));
 * PollResults r = vote.polls().results(poll.id(), openid);
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link VoteModule#polls()}.
 */
public final class Polls {
    private final ModuleContext context;
    private final Transactions tx;

    Polls(ModuleContext context) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Stores {@code draft} as a new poll.
     *
     * @param draft the poll to create; not null
     * @return the stored poll with its id and option ids
     * @throws ModuleException {@code INVALID_POLL} if it has fewer than 2 options or more max choices than options
     * @throws NullPointerException if {@code draft} is null
     */
    public Poll create(PollDraft draft) {
        Objects.requireNonNull(draft, "draft").validate();
        Instant now = context.clock().instant();
        return tx.run(h -> PollRows.find(h, PollRows.insert(h, draft, now)).orElseThrow());
    }

    /**
     * The poll {@code pollId}.
     *
     * @param pollId the poll's id
     * @return the poll with its options and ballot count
     * @throws ModuleException {@code POLL_NOT_FOUND}
     */
    public Poll get(long pollId) {
        return tx.run(h -> PollRows.find(h, pollId)).orElseThrow(() -> notFound(pollId));
    }

    /**
     * The polls, newest first.
     *
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<Poll> list(PageRequest page) {
        return Page.of(tx.run(h -> PollRows.page(h, page)), page, Poll::id);
    }

    /**
     * Closes the poll now (staff), recording {@code staff} in the audit log in the same transaction. A ballot
     * committing concurrently either commits before the close or is refused with {@code VOTE_CLOSED}.
     *
     * @param pollId the poll's id
     * @param staff who closes it, as recorded in the audit log
     * @throws ModuleException {@code POLL_NOT_FOUND}, or {@code VOTE_CLOSED} if it was already closed
     */
    public void close(long pollId, String staff) {
        Instant now = context.clock().instant();
        tx.use(h -> {
            PollRows.find(h, pollId).orElseThrow(() -> notFound(pollId));
            if (PollRows.close(h, pollId, now) == 0) {
                throw new ModuleException(VoteError.VOTE_CLOSED, "poll " + pollId + " is already closed");
            }
            context.audit().record(h, AuditEntry.of(VoteModule.NAME, staff, "poll.close", "poll:" + pollId, "OK"));
        });
    }

    /**
     * The results as {@code viewerOpenid} may see them under the poll's {@link ResultsVisibility}.
     *
     * @param pollId the poll's id
     * @param viewerOpenid the viewer; 1-64 characters of {@code [A-Za-z0-9_-]}
     * @return the ballot count and the ranking
     * @throws ModuleException {@code POLL_NOT_FOUND}, or {@code RESULTS_HIDDEN}
     * @throws ModuleException also {@code INVALID_INPUT} if {@code viewerOpenid} is malformed
     */
    public PollResults results(long pollId, String viewerOpenid) {
        Participant.requireId("openid", viewerOpenid);
        Instant now = context.clock().instant();
        return tx.run(h -> {
            Poll poll = PollRows.find(h, pollId).orElseThrow(() -> notFound(pollId));
            boolean closed = !now.isBefore(poll.closesAt());
            boolean visible = switch (poll.results()) {
                case ALWAYS -> true;
                case AFTER_VOTING -> closed || BallotRows.hasVoted(h, pollId, viewerOpenid);
                case AFTER_CLOSE -> closed;
            };
            if (!visible) {
                throw new ModuleException(VoteError.RESULTS_HIDDEN, "poll " + pollId + " shows its results "
                        + (poll.results() == ResultsVisibility.AFTER_CLOSE ? "after it closes" : "after voting"));
            }
            return new PollResults(pollId, poll.ballots(), PollRows.ranking(h, pollId));
        });
    }

    /**
     * The results for staff, whatever the visibility rule.
     *
     * @param pollId the poll's id
     * @return the ballot count and the ranking
     * @throws ModuleException {@code POLL_NOT_FOUND}
     */
    public PollResults resultsForStaff(long pollId) {
        return tx.run(h -> {
            Poll poll = PollRows.find(h, pollId).orElseThrow(() -> notFound(pollId));
            return new PollResults(pollId, poll.ballots(), PollRows.ranking(h, pollId));
        });
    }

    /**
     * Compares the poll's counters with the rows they count.
     *
     * @param pollId the poll's id
     * @return the counters next to the row counts; see {@link TallyCheck#consistent()}
     * @throws ModuleException {@code POLL_NOT_FOUND}
     */
    public TallyCheck check(long pollId) {
        return tx.run(h -> {
            Poll poll = PollRows.find(h, pollId).orElseThrow(() -> notFound(pollId));
            long ballotRows = h.createQuery("SELECT COUNT(*) FROM wxkit_vote_ballot WHERE poll_id = :poll")
                    .bind("poll", pollId).mapTo(Long.class).one();
            long[] choices = BallotRows.choiceTotals(h, pollId);
            return new TallyCheck(poll.ballots(), ballotRows, choices[0], choices[1]);
        });
    }

    /**
     * Writes the ranking as CSV ({@code rank,option_id,option,votes}, CRLF rows, formula-safe cells) to
     * {@code out}, recording the export in the audit log.
     *
     * @param pollId the poll's id
     * @param staff who exports, as recorded in the audit log
     * @param out where the CSV goes; not closed
     * @throws ModuleException {@code POLL_NOT_FOUND}
     */
    public void exportCsv(long pollId, String staff, Appendable out) {
        PollResults results = resultsForStaff(pollId);
        CsvWriter csv = CsvWriter.to(out).row("rank", "option_id", "option", "votes");
        for (OptionResult r : results.ranking()) {
            csv.row(r.rank(), r.optionId(), r.text(), r.votes());
        }
        context.audit().record(AuditEntry.of(VoteModule.NAME, staff, "poll.export", "poll:" + pollId, "OK"));
    }

    /**
     * The image URL of the poll's parametric QR code (scene {@code vote:<id>}): scanning it follows the
     * account and the follow-to-vote rules of {@link VoteCallbacks} send the user into the poll.
     *
     * @param pollId the poll's id
     * @return the QR image URL from the context's {@code QrCodeIssuer}
     * @throws ModuleException {@code POLL_NOT_FOUND}, or {@code QR_CODE_UNAVAILABLE}
     */
    public String qrCodeUrl(long pollId) {
        Poll poll = get(pollId);
        QrCodeIssuer issuer = context.qrCodes().orElseThrow(() -> new ModuleException(VoteError.QR_CODE_UNAVAILABLE,
                "no QR code issuer is configured"));
        try {
            return issuer.qrCodeUrl(poll.qrScene());
        } catch (RuntimeException e) {
            throw new ModuleException(VoteError.QR_CODE_UNAVAILABLE, "WeChat did not issue the QR code; try again", e);
        }
    }

    static ModuleException notFound(long pollId) {
        return new ModuleException(VoteError.POLL_NOT_FOUND, "no poll " + pollId);
    }
}
