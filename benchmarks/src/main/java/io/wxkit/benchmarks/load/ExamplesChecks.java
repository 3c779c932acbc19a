package io.wxkit.benchmarks.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The post-run check of the examples mix: the app's PostgreSQL database held to what the app told the driver
 * ({@link Ledger}) and to the modules' own rules, over the rows of this run's users. Each check is one query whose
 * answer is compared with the ledger, or a count of rows that break a rule (must be 0).
 */
final class ExamplesChecks implements PostRunCheck.Many {
    private final String jdbcUrl;
    private final String user;
    private final Ledger ledger;

    ExamplesChecks(String jdbcUrl, String user, Ledger ledger) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.ledger = ledger;
    }

    @Override
    public List<PostRunCheck.Outcome> checks(LoadReport report) throws SQLException {
        List<PostRunCheck.Outcome> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "")) {
            Array users = c.createArrayOf("varchar", ledger.openids().toArray());
            Array paid = c.createArrayOf("varchar", ledger.paidOrders().toArray());
            within(out, "every accepted vote counted once (ballots of the run's users = 201 answers)", ledger.count("vote accepted"),
                    ledger.count("unknown: vote cast"), one(c, "SELECT COUNT(*) FROM wxkit_vote_ballot WHERE openid = ANY(?)", users));
            zero(out, "ballots per user within the poll's limit (once, or per day)", one(c, "SELECT COUNT(*) FROM (SELECT b.poll_id"
                    + " FROM wxkit_vote_ballot b JOIN wxkit_vote_poll p ON p.id = b.poll_id WHERE b.openid = ANY(?)"
                    + " GROUP BY b.poll_id, b.openid, split_part(b.slot_key, '#', 1), p.votes_per_day"
                    + " HAVING COUNT(*) > GREATEST(p.votes_per_day, 1)) v", users));
            zero(out, "poll and option tallies = their ballots and choices", one(c, "SELECT (SELECT COUNT(*) FROM wxkit_vote_poll p"
                    + " WHERE p.ballots <> (SELECT COUNT(*) FROM wxkit_vote_ballot b WHERE b.poll_id = p.id))"
                    + " + (SELECT COUNT(*) FROM wxkit_vote_option o WHERE o.votes <> (SELECT COUNT(*) FROM wxkit_vote_choice ch"
                    + " WHERE ch.option_id = o.id))"));
            within(out, "every win recorded once (wins of the run's users = winning spins)", ledger.count("lottery win"),
                    ledger.count("unknown: lottery draw"), one(c, "SELECT COUNT(*) FROM wxkit_lottery_win WHERE openid = ANY(?)", users));
            zero(out, "prizes never over stock (stock >= 0, stock given = wins)", one(c, "SELECT COUNT(*) FROM wxkit_lottery_prize p"
                    + " WHERE p.stock < 0 OR p.initial_stock - p.stock <> (SELECT COUNT(*) FROM wxkit_lottery_win w WHERE w.prize_id = p.id)"));
            zero(out, "draws per user within the activity's limits", one(c, "SELECT COUNT(*) FROM wxkit_lottery_player pl"
                    + " JOIN wxkit_lottery_activity a ON a.id = pl.activity_id WHERE pl.openid = ANY(?) AND ((a.draws_total_limit > 0"
                    + " AND pl.draws_total > a.draws_total_limit) OR (a.draws_daily_limit > 0 AND pl.draws_today > a.draws_daily_limit))", users));
            equal(out, "every order the buyer saw paid is PAID with its transaction", ledger.paidOrders().size(),
                    one(c, "SELECT COUNT(*) FROM wxkit_shop_order WHERE out_trade_no = ANY(?) AND status = 'PAID'"
                            + " AND transaction_id IS NOT NULL AND paid_at IS NOT NULL", paid));
            within(out, "no order of the run's users paid behind the buyer's back", ledger.paidOrders().size(),
                    ledger.count("unknown: shop order → pay → paid"),
                    one(c, "SELECT COUNT(*) FROM wxkit_shop_order WHERE openid = ANY(?) AND paid_at IS NOT NULL", users));
            zero(out, "every paid order paid once (one PAID transition, one applied notification)", one(c, "SELECT"
                    + " (SELECT COUNT(*) FROM (SELECT e.order_id FROM wxkit_shop_order_event e JOIN wxkit_shop_order o ON o.id = e.order_id"
                    + " WHERE o.out_trade_no = ANY(?) AND e.to_status = 'PAID' GROUP BY e.order_id HAVING COUNT(*) <> 1) d)"
                    + " + (SELECT COUNT(*) FROM wxkit_shop_order o WHERE o.out_trade_no = ANY(?) AND (SELECT COUNT(*)"
                    + " FROM wxkit_shop_notification n WHERE n.out_trade_no = o.out_trade_no AND n.outcome = 'APPLIED') <> 1)", paid, paid));
            zero(out, "SKU stock never below zero", one(c, "SELECT COUNT(*) FROM wxkit_shop_sku WHERE stock < 0"));
            zero(out, "form capacity never exceeded (confirmed <= capacity, waiting <= waiting list)", one(c, "SELECT COUNT(*)"
                    + " FROM wxkit_forms_form f WHERE f.capacity > 0 AND ((SELECT COUNT(*) FROM wxkit_forms_submission s"
                    + " WHERE s.form_id = f.id AND s.status = 'CONFIRMED') > f.capacity OR (SELECT COUNT(*) FROM wxkit_forms_submission s"
                    + " WHERE s.form_id = f.id AND s.status = 'WAITING') > f.waiting_limit)"));
            within(out, "every confirmed or waiting registration of the run stored once",
                    ledger.counts().entrySet().stream().filter(e -> e.getKey().startsWith("form ")).mapToLong(e -> e.getValue()).sum(),
                    ledger.count("unknown: form submission"), one(c, "SELECT COUNT(*) FROM wxkit_forms_submission WHERE openid = ANY(?)", users));
        }
        long replays = ledger.count("sso replayed");
        out.add(new PostRunCheck.Outcome("SSO tickets redeemed once (every replayed ticket refused)",
                replays == ledger.count("sso replay refused"), ledger.count("sso redeemed") + " redeemed, " + replays
                + " replayed, " + ledger.count("sso replay refused") + " refused"));
        return out;
    }

    private static void equal(List<PostRunCheck.Outcome> out, String name, long expected, long actual) {
        out.add(new PostRunCheck.Outcome(name, expected == actual, "driver " + expected + ", database " + actual));
    }

    /**
     * {@code expected} answers said so, {@code unknown} requests got no answer (the app may or may not have done
     * them): the database must hold at least the first and at most both. With no unknowns: exactly.
     */
    private static void within(List<PostRunCheck.Outcome> out, String name, long expected, long unknown, long actual) {
        out.add(new PostRunCheck.Outcome(name, actual >= expected && actual <= expected + unknown,
                "driver " + expected + (unknown > 0 ? " (+ up to " + unknown + " unanswered)" : "") + ", database " + actual));
    }

    private static void zero(List<PostRunCheck.Outcome> out, String name, long violations) {
        out.add(new PostRunCheck.Outcome(name, violations == 0, violations + " violations"));
    }

    private static long one(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
