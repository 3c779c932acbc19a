package io.wxkit.benchmarks.scale;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.vote.Ballot;
import io.wxkit.modules.vote.PollResults;
import io.wxkit.modules.vote.TallyCheck;
import io.wxkit.modules.vote.VoteModule;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Vote ballots (each with its one choice row) over {@value #POLLS} polls with four options each; poll 1 takes
 * every second ballot (half the table: 5 M at 10 M), the rest spread over the others. Counters are recounted
 * from the rows after each load, so {@code polls().check} holds. Measured through {@code VoteModule}: cast,
 * ranking read and the has-voted lookup.
 */
final class VoteBallots implements Dataset {
    static final int POLLS = 1_000;
    static final long HOT_POLL = 1;
    private final CopyLoader copy;
    private final VoteModule vote;
    private final SqlCapture capture;
    private final long now = System.currentTimeMillis();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong casts = new AtomicLong();

    VoteBallots(DataSource ds) throws SQLException {
        // the casts below come from one benchmark machine: the anti-abuse limits must not be what is measured
        ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(1_000_000, 1_000_000)).build();
        this.vote = VoteModule.create(context);
        this.capture = SqlCapture.on(context.jdbi());
        this.copy = new CopyLoader(ds, 250_000);
    }

    @Override
    public String name() {
        return "vote";
    }

    @Override
    public long rows() throws SQLException {
        return copy.loaded("vote.ballots");
    }

    @Override
    public SqlCapture capture() {
        return capture;
    }

    @Override
    public void loadUpTo(long rows) throws SQLException {
        long opens = now - 86_400_000L;
        long closes = now + 3650L * 86_400_000L;
        copy.loadUpTo("vote.polls", POLLS, List.of(
                new CopyLoader.Table("COPY wxkit_vote_poll (id, title, description, cover_url, min_choices, max_choices,"
                        + " opens_at, closes_at, results_visibility, follow_required, votes_per_day, per_option_limit,"
                        + " ballots, created_at) FROM STDIN", (p, out) -> out.append(p).append("\tPoll ").append(p)
                        .append("\t\\N\t\\N\t1\t1\t").append(opens).append('\t').append(closes)
                        .append("\tALWAYS\tf\t0\t0\t0\t").append(opens).append('\n')),
                new CopyLoader.Table("COPY wxkit_vote_option (id, poll_id, sort_order, option_text, image_url, votes)"
                        + " FROM STDIN", (p, out) -> {
                            for (int o = 0; o < 4; o++) {
                                out.append(option(p, o)).append('\t').append(p).append('\t').append(o)
                                        .append("\tOption ").append(o + 1).append("\t\\N\t0\n");
                            }
                        })));
        copy.reserveIds("wxkit_vote_poll");
        copy.reserveIds("wxkit_vote_option");
        copy.reserveIds("wxkit_vote_ballot");
        long added = copy.loadUpTo("vote.ballots", rows, List.of(
                new CopyLoader.Table("COPY wxkit_vote_ballot (id, poll_id, openid, slot_key, client_ip, cast_at)"
                        + " FROM STDIN", (i, out) -> out.append(i).append('\t').append(poll(i)).append('\t')
                        .append(voter(i)).append("\tonce\t10.").append(i % 250).append('.').append(i / 250 % 250)
                        .append('.').append(i / 62_500 % 250).append('\t').append(opens + i % 86_400_000L).append('\n')),
                new CopyLoader.Table("COPY wxkit_vote_choice (ballot_id, poll_id, option_id, openid, option_slot)"
                        + " FROM STDIN", (i, out) -> out.append(i).append('\t').append(poll(i)).append('\t')
                        .append(option(poll(i), Mix.below(i, 7, 4))).append('\t').append(voter(i)).append('\t').append(i)
                        .append('\n'))));
        if (added > 0) {
            recountCounters();
        }
        copy.analyze("wxkit_vote_ballot", "wxkit_vote_choice", "wxkit_vote_option", "wxkit_vote_poll");
    }

    /** The poll and option counters from the rows (COPY writes rows, not counters). */
    private void recountCounters() throws SQLException {
        long start = System.nanoTime();
        copy.execute("UPDATE wxkit_vote_option o SET votes = c.n FROM (SELECT option_id, COUNT(*) n FROM wxkit_vote_choice"
                + " GROUP BY option_id) c WHERE o.id = c.option_id AND o.votes <> c.n");
        copy.execute("UPDATE wxkit_vote_poll p SET ballots = c.n FROM (SELECT poll_id, COUNT(*) n FROM wxkit_vote_ballot"
                + " GROUP BY poll_id) c WHERE p.id = c.poll_id AND p.ballots <> c.n");
        System.out.printf("  vote: counters recounted from the rows in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    static long poll(long ballot) {
        return ballot % 2 == 0 ? HOT_POLL : 2 + Mix.below(ballot, 6, POLLS - 1);
    }

    static long option(long poll, int index) {
        return (poll - 1) * 4 + 1 + index;
    }

    static String voter(long ballot) {
        return Mix.id("og", ballot, 10);
    }

    @Override
    public List<Operation> operations() throws SQLException {
        long loaded = rows();
        long voted = 2 * Math.max(1, loaded / 4); // an even ballot: poll 1
        return List.of(
                new Operation("vote: cast (poll with " + (loaded / 2) + " ballots)", this::cast),
                new Operation("vote: ranking read (results)", () -> {
                    PollResults r = vote.polls().results(HOT_POLL, voter(voted));
                    Dataset.require(r.ranking().size() == 4 && r.ballots() >= loaded / 2, "the hot poll's ranking");
                    return r;
                }),
                new Operation("vote: has voted (openid lookup)", () -> {
                    boolean v = vote.ballots().hasVoted(HOT_POLL, voter(voted));
                    Dataset.require(v, "a loaded voter has voted");
                    return v;
                }));
    }

    private Ballot cast() {
        long n = casts.incrementAndGet();
        String ip = "172.16." + (n / 250 % 250) + "." + (n % 250);
        Ballot b = vote.ballots().cast(HOT_POLL, Participant.of("ob" + run + "x" + n), ip,
                List.of(option(HOT_POLL, (int) (n % 4))));
        Dataset.require(b.id() >= CopyLoader.SERVICE_IDS, "a service ballot id past the loaded ones");
        return b;
    }

    /** The module's own audit of the hot poll: counters against rows (a full count, so not timed). */
    TallyCheck check() {
        return vote.polls().check(HOT_POLL);
    }
}
