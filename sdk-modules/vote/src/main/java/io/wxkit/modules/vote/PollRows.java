package io.wxkit.modules.vote;

import io.wxkit.modules.common.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of polls and options. Every method runs on the caller's handle (inside its transaction). */
final class PollRows {
    private static final String POLL_COLUMNS = "id, title, description, cover_url, min_choices, max_choices, opens_at,"
            + " closes_at, results_visibility, follow_required, votes_per_day, per_option_limit, ballots";

    private PollRows() {
    }

    static long insert(Handle h, PollDraft d, Instant now) {
        long id = h.createUpdate("INSERT INTO wxkit_vote_poll (title, description, cover_url, min_choices, max_choices,"
                        + " opens_at, closes_at, results_visibility, follow_required, votes_per_day, per_option_limit,"
                        + " ballots, created_at) VALUES (:title, :description, :cover, :min, :max, :opens, :closes,"
                        + " :results, :follow, :perDay, :perOption, 0, :now)")
                .bind("title", d.title).bind("description", d.description).bind("cover", d.coverUrl)
                .bind("min", d.minChoices).bind("max", d.maxChoices)
                .bind("opens", d.opensAt.toEpochMilli()).bind("closes", d.closesAt.toEpochMilli())
                .bind("results", d.results.name()).bind("follow", d.followRequired)
                .bind("perDay", d.limit.perDay()).bind("perOption", d.perOptionLimit).bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        int order = 0;
        for (PollOption o : d.options) {
            h.createUpdate("INSERT INTO wxkit_vote_option (poll_id, sort_order, option_text, image_url, votes)"
                            + " VALUES (:poll, :order, :text, :image, 0)")
                    .bind("poll", id).bind("order", order++).bind("text", o.text()).bind("image", o.imageUrl())
                    .execute();
        }
        return id;
    }

    static Optional<Poll> find(Handle h, long id) {
        return h.createQuery("SELECT " + POLL_COLUMNS + " FROM wxkit_vote_poll WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> poll(rs, options(h, rs.getLong("id")))).findOne();
    }

    static List<Poll> page(Handle h, PageRequest page) {
        List<Poll> bare = h.createQuery("SELECT " + POLL_COLUMNS + " FROM wxkit_vote_poll WHERE id < :after ORDER BY id DESC")
                .bind("after", page.afterId()).setMaxRows(page.size() + 1)
                .map((rs, ctx) -> poll(rs, List.of())).list();
        List<Poll> full = new ArrayList<>(bare.size());
        for (Poll p : bare) {
            full.add(new Poll(p.id(), p.title(), p.description(), p.coverUrl(), options(h, p.id()), p.minChoices(),
                    p.maxChoices(), p.opensAt(), p.closesAt(), p.results(), p.followRequired(), p.limit(),
                    p.perOptionLimit(), p.ballots()));
        }
        return full;
    }

    static List<PollOption> options(Handle h, long pollId) {
        return h.createQuery("SELECT id, option_text, image_url FROM wxkit_vote_option WHERE poll_id = :poll ORDER BY sort_order")
                .bind("poll", pollId)
                .map((rs, ctx) -> new PollOption(rs.getLong("id"), rs.getString("option_text"), rs.getString("image_url")))
                .list();
    }

    /** Options by votes descending, display order breaking ties. */
    static List<OptionResult> ranking(Handle h, long pollId) {
        List<long[]> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        h.createQuery("SELECT id, option_text, votes FROM wxkit_vote_option WHERE poll_id = :poll ORDER BY votes DESC, sort_order")
                .bind("poll", pollId)
                .map((rs, ctx) -> {
                    rows.add(new long[] {rs.getLong("id"), rs.getLong("votes")});
                    texts.add(rs.getString("option_text"));
                    return null;
                }).list();
        List<OptionResult> ranking = new ArrayList<>(rows.size());
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || rows.get(i)[1] != rows.get(i - 1)[1]) {
                rank = i + 1;
            }
            ranking.add(new OptionResult(rows.get(i)[0], texts.get(i), rows.get(i)[1], rank));
        }
        return ranking;
    }

    /** Moves the close time to {@code now}; 0 when already closed. */
    static int close(Handle h, long pollId, Instant now) {
        return h.createUpdate("UPDATE wxkit_vote_poll SET closes_at = :now WHERE id = :id AND closes_at > :now")
                .bind("id", pollId).bind("now", now.toEpochMilli()).execute();
    }

    private static Poll poll(ResultSet rs, List<PollOption> options) throws SQLException {
        return new Poll(rs.getLong("id"), rs.getString("title"), rs.getString("description"), rs.getString("cover_url"),
                options, rs.getInt("min_choices"), rs.getInt("max_choices"),
                Instant.ofEpochMilli(rs.getLong("opens_at")), Instant.ofEpochMilli(rs.getLong("closes_at")),
                ResultsVisibility.valueOf(rs.getString("results_visibility")), rs.getBoolean("follow_required"),
                new VoteLimit(rs.getInt("votes_per_day")), rs.getInt("per_option_limit"), rs.getLong("ballots"));
    }
}
