package io.wxkit.modules.vote;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleDatabase;
import java.util.Objects;

/**
 * The vote module (微投票): polls with single or multiple choice, time windows, result visibility,
 * follow-required voting with a QR code per poll, per-user limits (once, N per day), per-option limits,
 * anti-abuse limits, ranking, totals that stay exact under any concurrency, and CSV export.
 *
 * <pre>{@code
 * VoteModule vote = VoteModule.create(context);
 * Poll poll = vote.polls().create(PollDraft.titled("Best dish", opensAt, closesAt).option("Dumplings").option("Noodles"));
 * vote.ballots().cast(poll.id(), Participant.of(openid), ip, List.of(poll.options().get(0).id()));
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per application.
 */
public final class VoteModule {
    /** The module name: migrations in {@code db/wxkit/vote}, history in {@code wxkit_vote_schema_history}. */
    public static final String NAME = "vote";
    private final ModuleContext context;
    private final Polls polls;
    private final Ballots ballots;

    private VoteModule(ModuleContext context) {
        this.context = context;
        this.polls = new Polls(context);
        this.ballots = new Ballots(context);
    }

    /**
     * Applies the vote migrations to the context's database and returns the module.
     *
     * @param context the database, clock, zone and WeChat hooks the module uses; not null
     * @return the module
     * @throws NullPointerException if {@code context} is null
     */
    public static VoteModule create(ModuleContext context) {
        Objects.requireNonNull(context, "context");
        ModuleDatabase.migrate(context.dataSource(), NAME);
        return new VoteModule(context);
    }

    /**
     * Polls: create, list, close, results, export, QR code.
     *
     * <p>{@code Poll poll = vote.polls().get(pollId);}
     *
     * @return the polls API (one instance per module)
     */
    public Polls polls() {
        return polls;
    }

    /**
     * Casting ballots.
     *
     * <p>{@code Ballot b = vote.ballots().cast(pollId, Participant.of(openid), ip, List.of(optionId));}
     *
     * @return the ballots API (one instance per module)
     */
    public Ballots ballots() {
        return ballots;
    }

    /**
     * The context this module runs on.
     *
     * @return the context given to {@link #create}
     */
    public ModuleContext context() {
        return context;
    }
}
