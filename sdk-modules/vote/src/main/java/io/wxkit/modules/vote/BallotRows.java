package io.wxkit.modules.vote;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** The SQL of ballots and choices. Every method runs on the caller's handle (inside its transaction). */
final class BallotRows {
    private BallotRows() {
    }

    /** How many of the openid's slots starting with {@code slotPrefix} exist ({@code once} or {@code d20261202#}). */
    static int slotsTaken(Handle h, long pollId, String openid, String slotPrefix) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_vote_ballot WHERE poll_id = :poll AND openid = :openid"
                        + " AND slot_key LIKE :prefix")
                .bind("poll", pollId).bind("openid", openid).bind("prefix", slotPrefix + "%")
                .mapTo(Integer.class).one();
    }

    /** Inserts the ballot; a concurrent ballot in the same slot makes this fail on the unique key. */
    static long insert(Handle h, long pollId, String openid, String slot, String ip, Instant now) {
        return h.createUpdate("INSERT INTO wxkit_vote_ballot (poll_id, openid, slot_key, client_ip, cast_at)"
                        + " VALUES (:poll, :openid, :slot, :ip, :now)")
                .bind("poll", pollId).bind("openid", openid).bind("slot", slot).bind("ip", ip)
                .bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static int optionUses(Handle h, long pollId, String openid, long optionId) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_vote_choice WHERE poll_id = :poll AND openid = :openid"
                        + " AND option_id = :option")
                .bind("poll", pollId).bind("openid", openid).bind("option", optionId).mapTo(Integer.class).one();
    }

    /** Records one choice and counts it on the option row, in the caller's transaction. */
    static void choose(Handle h, long ballotId, long pollId, String openid, long optionId, long optionSlot) {
        h.createUpdate("INSERT INTO wxkit_vote_choice (ballot_id, poll_id, option_id, openid, option_slot)"
                        + " VALUES (:ballot, :poll, :option, :openid, :slot)")
                .bind("ballot", ballotId).bind("poll", pollId).bind("option", optionId).bind("openid", openid)
                .bind("slot", optionSlot).execute();
        h.createUpdate("UPDATE wxkit_vote_option SET votes = votes + 1 WHERE id = :option AND poll_id = :poll")
                .bind("option", optionId).bind("poll", pollId).execute();
    }

    /**
     * Counts the ballot on the poll row if the poll is open at {@code now}: 1, or 0 when it closed (the
     * caller rolls back). Done last so the hot poll row is locked for the shortest time.
     */
    static int countOnPoll(Handle h, long pollId, Instant now) {
        return h.createUpdate("UPDATE wxkit_vote_poll SET ballots = ballots + 1 WHERE id = :poll"
                        + " AND opens_at <= :now AND closes_at > :now")
                .bind("poll", pollId).bind("now", now.toEpochMilli()).execute();
    }

    static boolean hasVoted(Handle h, long pollId, String openid) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_vote_ballot WHERE poll_id = :poll AND openid = :openid")
                .bind("poll", pollId).bind("openid", openid).mapTo(Integer.class).one() > 0;
    }

    /** Sum of the option counters and count of choice rows, for audits of exactness. */
    static long[] choiceTotals(Handle h, long pollId) {
        long counters = h.createQuery("SELECT COALESCE(SUM(votes), 0) FROM wxkit_vote_option WHERE poll_id = :poll")
                .bind("poll", pollId).mapTo(Long.class).one();
        long rows = h.createQuery("SELECT COUNT(*) FROM wxkit_vote_choice WHERE poll_id = :poll")
                .bind("poll", pollId).mapTo(Long.class).one();
        return new long[] {counters, rows};
    }
}
