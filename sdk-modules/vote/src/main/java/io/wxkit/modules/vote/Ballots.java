package io.wxkit.modules.vote;

import io.wxkit.modules.common.AbuseGuard;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.stats.DayCounts;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Casting votes (投票). Each call is one transaction whose exactness comes from the database: the ballot
 * takes a slot under a unique key (poll, openid, slot), each chosen option takes a use under a unique key
 * when the poll limits uses, the option and poll counters move by conditional updates in the same
 * transaction, and a lost race re-runs the transaction, which then sees the winner's rows and answers
 * {@code ALREADY_VOTED} (or {@code DAILY_LIMIT_REACHED}, {@code OPTION_LIMIT_REACHED}). Locks are always
 * taken in the same order — ballot key, options by ascending id, poll row last — so voters never deadlock
 * each other.
 *
 * <pre>{@code
 * Ballot b = vote.ballots().cast(pollId, Participant.of(openid), "203.0.113.7", List.of(optionId));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link VoteModule#ballots()}.
 */
public final class Ballots {
    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final ModuleContext context;
    private final Transactions tx;

    Ballots(ModuleContext context) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Records a ballot of {@code voter} (from client address {@code ip}, {@code null} if unknown) for
     * {@code optionIds}.
     *
     * @param pollId the poll's id
     * @param voter who votes; {@code voter.openid()} is the key of the per-user limit
     * @param ip the client's IPv4 or IPv6 address for the abuse limits, or {@code null} if unknown
     * @param optionIds the chosen option ids, distinct, {@code minChoices..maxChoices} of them
     * @return the stored ballot with its slot and the options ascending
     * @throws ModuleException {@code RATE_LIMITED}, {@code POLL_NOT_FOUND}, {@code VOTE_NOT_STARTED},
     *     {@code VOTE_CLOSED}, {@code INVALID_CHOICE}, {@code NOT_FOLLOWER},
     *     {@code FOLLOWER_CHECK_UNAVAILABLE}, {@code ALREADY_VOTED},
     *     {@code DAILY_LIMIT_REACHED}, {@code OPTION_LIMIT_REACHED}, {@code BUSY};
     *     nothing is stored when it throws
     * @throws NullPointerException if {@code voter} or {@code optionIds} is null
     * @throws ModuleException also {@code INVALID_INPUT} for a malformed {@code ip}
     */
    public Ballot cast(long pollId, Participant voter, String ip, List<Long> optionIds) {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(optionIds, "optionIds");
        AbuseGuard.requireIp(ip);
        context.abuseGuard().check("vote.cast", voter.openid(), ip);
        Poll poll = tx.run(h -> PollRows.find(h, pollId)).orElseThrow(() -> Polls.notFound(pollId));
        Instant now = context.clock().instant();
        requireOpen(poll, now);
        Set<Long> chosen = validChoice(poll, optionIds);
        if (poll.followRequired()) {
            // a WeChat call: before the transaction, never while holding row locks
            context.requireFollower(voter.openid());
        }
        String slotPrefix = poll.limit().isOnce() ? "once" : "d" + LocalDate.ofInstant(now, context.zone()).format(DAY) + "#";
        Ballot ballot = tx.run(h -> {
            int taken = BallotRows.slotsTaken(h, pollId, voter.openid(), slotPrefix);
            if (poll.limit().isOnce() && taken > 0) {
                throw new ModuleException(VoteError.ALREADY_VOTED, "this user already voted in poll " + pollId);
            }
            if (!poll.limit().isOnce() && taken >= poll.limit().perDay()) {
                throw new ModuleException(VoteError.DAILY_LIMIT_REACHED, "this user used today's "
                        + poll.limit().perDay() + " votes in poll " + pollId);
            }
            String slot = poll.limit().isOnce() ? slotPrefix : slotPrefix + (taken + 1);
            long id = BallotRows.insert(h, pollId, voter.openid(), slot, ip, now);
            for (long optionId : chosen) {
                BallotRows.choose(h, id, pollId, voter.openid(), optionId, optionSlot(h, poll, voter.openid(), optionId, id));
            }
            if (BallotRows.countOnPoll(h, pollId, now) == 0) {
                throw new ModuleException(VoteError.VOTE_CLOSED, "poll " + pollId + " closed");
            }
            return new Ballot(id, pollId, voter.openid(), slot, List.copyOf(chosen), now);
        });
        context.publish(new VoteCast(ballot));
        return ballot;
    }

    /**
     * Whether {@code openid} has cast at least one ballot in the poll.
     *
     * @param pollId the poll's id
     * @param openid the voter; 1-64 characters of {@code [A-Za-z0-9_-]}
     * @return true if a ballot of {@code openid} exists in the poll (false for an unknown poll)
     * @throws ModuleException {@code INVALID_INPUT} if {@code openid} is malformed
     */
    public boolean hasVoted(long pollId, String openid) {
        Participant.requireId("openid", openid);
        return tx.run(h -> BallotRows.hasVoted(h, pollId, openid));
    }

    private static long optionSlot(org.jdbi.v3.core.Handle h, Poll poll, String openid, long optionId, long ballotId) {
        if (poll.perOptionLimit() == 0) {
            return ballotId;
        }
        int uses = BallotRows.optionUses(h, poll.id(), openid, optionId);
        if (uses >= poll.perOptionLimit()) {
            throw new ModuleException(VoteError.OPTION_LIMIT_REACHED, "this user already chose option " + optionId
                    + " " + poll.perOptionLimit() + " time(s)");
        }
        return uses + 1;
    }

    static void requireOpen(Poll poll, Instant now) {
        if (now.isBefore(poll.opensAt())) {
            throw new ModuleException(VoteError.VOTE_NOT_STARTED, "poll " + poll.id() + " opens at " + poll.opensAt());
        }
        if (!now.isBefore(poll.closesAt())) {
            throw new ModuleException(VoteError.VOTE_CLOSED, "poll " + poll.id() + " closed at " + poll.closesAt());
        }
    }

    /** The chosen option ids, ascending (the lock order), after checking them against the poll's rules. */
    static Set<Long> validChoice(Poll poll, List<Long> optionIds) {
        Set<Long> chosen = new TreeSet<>();
        Set<Long> valid = new java.util.HashSet<>();
        poll.options().forEach(o -> valid.add(o.id()));
        for (Long id : optionIds) {
            if (id == null || !valid.contains(id) || !chosen.add(id)) {
                throw new ModuleException(VoteError.INVALID_CHOICE, "option " + id + " is not a distinct option of poll " + poll.id());
            }
        }
        if (chosen.size() < poll.minChoices() || chosen.size() > poll.maxChoices()) {
            throw new ModuleException(VoteError.INVALID_CHOICE, "choose " + poll.minChoices() + " to " + poll.maxChoices()
                    + " options, got " + chosen.size());
        }
        return chosen;
    }

    /**
     * The ballots cast on each day from {@code first} to {@code last} (both included, the module's zone) over every
     * poll, one entry per day, days without ballots as {@code 0}: the activity an operator charts. One query.
     *
     * @param first the first day, in the module's time zone; not null
     * @param last  the last day, included; not before {@code first}, at most 400 days after it
     * @return one count a day from {@code first} to {@code last}, in order
     * @throws ModuleException {@code INVALID_INPUT} when {@code last} is before {@code first} or the range is longer
     *                         than 400 days
     */
    public List<DailyCount> perDay(LocalDate first, LocalDate last) {
        return DayCounts.of(context, "wxkit_vote_ballot", "cast_at", null, first, last);
    }
}
