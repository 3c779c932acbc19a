package io.wxkit.modules.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ErrorCode;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.spi.ModuleEvent;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each rule of a poll, on H2: choice, window, limits, visibility, ranking, export, audit, QR code, rate limits. */
class VoteRulesTest {
    final ModuleTestContext t = new ModuleTestContext("vote_rules");
    final List<ModuleEvent> events = new CopyOnWriteArrayList<>();
    final List<String> scenes = new ArrayList<>();
    VoteModule vote;

    VoteModule vote() {
        if (vote == null) {
            vote = VoteModule.create(t.builder().events(events::add)
                    .qrCodes(scene -> { scenes.add(scene); return "https://qr.example/" + scene; }).build());
        }
        return vote;
    }

    @AfterEach
    void close() {
        t.close();
    }

    PollDraft draft() {
        return PollDraft.titled("Best dish", ModuleTestContext.START, ModuleTestContext.START.plus(Duration.ofDays(7)))
                .option("Dumplings").option("Noodles").option("Rice");
    }

    Ballot cast(Poll p, String openid, int... options) {
        List<Long> ids = new ArrayList<>();
        for (int i : options) {
            ids.add(p.options().get(i).id());
        }
        return vote().ballots().cast(p.id(), Participant.of(openid), "203.0.113.7", ids);
    }

    static void fails(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ModuleException.class)
                .satisfies(e -> assertThat(((ModuleException) e).code()).isEqualTo(code.name()));
    }

    @Test
    void singleChoiceOncePerOpenidAndExactTotals() {
        Poll p = vote().polls().create(draft());
        Ballot b = cast(p, "oAnn", 1);
        cast(p, "oBob", 1);
        cast(p, "oCid", 0);
        fails(VoteError.ALREADY_VOTED, () -> cast(p, "oAnn", 0));

        assertThat(b.slot()).isEqualTo("once");
        PollResults r = vote().polls().results(p.id(), "oAnn");
        assertThat(r.ballots()).isEqualTo(3);
        assertThat(r.ranking()).extracting(OptionResult::text, OptionResult::votes, OptionResult::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Noodles", 2L, 1),
                        org.assertj.core.groups.Tuple.tuple("Dumplings", 1L, 2),
                        org.assertj.core.groups.Tuple.tuple("Rice", 0L, 3));
        assertThat(vote().polls().check(p.id()).consistent()).isTrue();
        assertThat(events).hasSize(3).allSatisfy(e -> assertThat(e.module()).isEqualTo("vote"));
    }

    @Test
    void multipleChoiceHonoursMinAndMaxAndRefusesForeignOrRepeatedOptions() {
        Poll p = vote().polls().create(draft().multipleChoice(2, 3));
        Poll other = vote().polls().create(draft());
        fails(VoteError.INVALID_CHOICE, () -> cast(p, "oAnn", 0));
        fails(VoteError.INVALID_CHOICE, () -> vote().ballots().cast(p.id(), Participant.of("oAnn"), null,
                List.of(p.options().get(0).id(), p.options().get(0).id())));
        fails(VoteError.INVALID_CHOICE, () -> vote().ballots().cast(p.id(), Participant.of("oAnn"), null,
                List.of(p.options().get(0).id(), other.options().get(1).id())));
        Ballot b = cast(p, "oAnn", 2, 0);
        assertThat(b.optionIds()).containsExactly(p.options().get(0).id(), p.options().get(2).id());
        assertThat(vote().polls().resultsForStaff(p.id()).ranking()).extracting(OptionResult::votes).containsExactly(1L, 1L, 0L);
        assertThat(vote().polls().check(p.id())).isEqualTo(new TallyCheck(1, 1, 2, 2));
    }

    @Test
    void timeWindowAndStaffClose() {
        Poll p = vote().polls().create(PollDraft.titled("Later", ModuleTestContext.START.plus(Duration.ofHours(1)),
                ModuleTestContext.START.plus(Duration.ofHours(2))).option("A").option("B"));
        fails(VoteError.VOTE_NOT_STARTED, () -> cast(p, "oAnn", 0));
        t.clock.advance(Duration.ofHours(1));
        cast(p, "oAnn", 0);
        vote().polls().close(p.id(), "staff-1");
        fails(VoteError.VOTE_CLOSED, () -> cast(p, "oBob", 0));
        fails(VoteError.VOTE_CLOSED, () -> vote().polls().close(p.id(), "staff-1"));
        assertThat(vote().context().audit().list("vote", PageRequest.first(10)).items())
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("staff-1", "poll.close", "poll:" + p.id()));

        Poll q = vote().polls().create(PollDraft.titled("Ends", ModuleTestContext.START, t.clock.instant().plusSeconds(60))
                .option("A").option("B"));
        t.clock.advance(Duration.ofSeconds(60));
        fails(VoteError.VOTE_CLOSED, () -> cast(q, "oAnn", 0));
    }

    @Test
    void nPerDayLimitResetsAtMidnightInTheContextZone() {
        Poll p = vote().polls().create(draft().limit(VoteLimit.perDay(3)));
        assertThat(List.of(cast(p, "oAnn", 0).slot(), cast(p, "oAnn", 1).slot(), cast(p, "oAnn", 0).slot()))
                .containsExactly("d20261201#1", "d20261201#2", "d20261201#3");
        fails(VoteError.DAILY_LIMIT_REACHED, () -> cast(p, "oAnn", 2));
        cast(p, "oBob", 2);
        t.clock.set(Instant.parse("2026-12-01T15:59:59Z")); // 23:59:59 in Shanghai: still the same day
        fails(VoteError.DAILY_LIMIT_REACHED, () -> cast(p, "oAnn", 2));
        t.clock.set(Instant.parse("2026-12-01T16:00:00Z")); // midnight in Shanghai
        assertThat(cast(p, "oAnn", 2).slot()).isEqualTo("d20261202#1");
        assertThat(vote().polls().resultsForStaff(p.id()).ballots()).isEqualTo(5);
    }

    @Test
    void perOptionLimitCountsUsesOfTheSameOptionOverThePoll() {
        Poll p = vote().polls().create(draft().limit(VoteLimit.perDay(10)).perOptionLimit(2));
        cast(p, "oAnn", 0);
        cast(p, "oAnn", 0);
        fails(VoteError.OPTION_LIMIT_REACHED, () -> cast(p, "oAnn", 0));
        cast(p, "oAnn", 1);
        t.clock.advance(Duration.ofDays(1));
        fails(VoteError.OPTION_LIMIT_REACHED, () -> cast(p, "oAnn", 0));
        assertThat(vote().polls().check(p.id())).isEqualTo(new TallyCheck(3, 3, 3, 3));
    }

    @Test
    void resultsVisibility() {
        Poll afterVoting = vote().polls().create(draft().results(ResultsVisibility.AFTER_VOTING));
        fails(VoteError.RESULTS_HIDDEN, () -> vote().polls().results(afterVoting.id(), "oAnn"));
        cast(afterVoting, "oAnn", 0);
        assertThat(vote().polls().results(afterVoting.id(), "oAnn").ballots()).isEqualTo(1);
        fails(VoteError.RESULTS_HIDDEN, () -> vote().polls().results(afterVoting.id(), "oBob"));

        Poll afterClose = vote().polls().create(draft().results(ResultsVisibility.AFTER_CLOSE));
        cast(afterClose, "oAnn", 0);
        fails(VoteError.RESULTS_HIDDEN, () -> vote().polls().results(afterClose.id(), "oAnn"));
        assertThat(vote().polls().resultsForStaff(afterClose.id()).ballots()).isEqualTo(1);
        vote().polls().close(afterClose.id(), "staff");
        assertThat(vote().polls().results(afterClose.id(), "oBob").ballots()).isEqualTo(1);
        fails(VoteError.RESULTS_HIDDEN, () -> vote().polls().results(afterVoting.id(), "oBob")); // still open, Bob never voted
    }

    @Test
    void tiesShareARankAndCsvExportIsFormulaSafe() {
        Poll p = vote().polls().create(PollDraft.titled("Tie", ModuleTestContext.START, ModuleTestContext.START.plusSeconds(3600))
                .option("=HYPERLINK(\"http://evil\")").option("B, the \"second\"").option("C").option("D"));
        cast(p, "oAnn", 0);
        cast(p, "oBob", 1);
        cast(p, "oCid", 2);
        cast(p, "oDan", 2);
        assertThat(vote().polls().resultsForStaff(p.id()).ranking()).extracting(OptionResult::rank).containsExactly(1, 2, 2, 4);
        StringBuilder csv = new StringBuilder();
        vote().polls().exportCsv(p.id(), "staff-2", csv);
        long a = p.options().get(0).id();
        long b = p.options().get(1).id();
        long c = p.options().get(2).id();
        long d = p.options().get(3).id();
        assertThat(csv.toString()).isEqualTo("rank,option_id,option,votes\r\n"
                + "1," + c + ",C,2\r\n"
                + "2," + a + ",\"'=HYPERLINK(\"\"http://evil\"\")\",1\r\n"
                + "2," + b + ",\"B, the \"\"second\"\"\",1\r\n"
                + "4," + d + ",D,0\r\n");
        assertThat(vote().context().audit().list("vote", PageRequest.first(5)).items()).extracting(AuditEntry::action)
                .containsExactly("poll.export");
    }

    @Test
    void pollDefinitionsAreValidated() {
        fails(VoteError.INVALID_POLL, () -> vote().polls().create(PollDraft.titled("One", ModuleTestContext.START,
                ModuleTestContext.START.plusSeconds(1)).option("only")));
        fails(VoteError.INVALID_POLL, () -> PollDraft.titled(" ", ModuleTestContext.START, ModuleTestContext.START.plusSeconds(1)));
        fails(VoteError.INVALID_POLL, () -> PollDraft.titled("Reversed", ModuleTestContext.START, ModuleTestContext.START));
        fails(VoteError.INVALID_POLL, () -> draft().multipleChoice(3, 2));
        fails(VoteError.INVALID_POLL, () -> vote().polls().create(draft().multipleChoice(1, 4)));
        fails(VoteError.INVALID_POLL, () -> draft().option("x", "javascript:alert(1)"));
        // "at most 1000 characters", as the message and the VARCHAR(1000) columns say: 1000 fits, 1001 does not
        String longest = "https://cdn.example.com/" + "a".repeat(1000 - "https://cdn.example.com/".length());
        assertThat(draft().cover(longest).option("x", longest)).isNotNull();
        fails(VoteError.INVALID_POLL, () -> draft().cover(longest + "a"));
        fails(VoteError.INVALID_POLL, () -> VoteLimit.perDay(0));
        fails(VoteError.POLL_NOT_FOUND, () -> vote().polls().get(987654));
        fails(VoteError.POLL_NOT_FOUND, () -> vote().ballots().cast(987654, Participant.of("oAnn"), null, List.of(1L)));
    }

    @Test
    void badVoterInputIsRefusedWithoutEchoingLineBreaks() {
        Poll p = vote().polls().create(draft());
        assertThatThrownBy(() -> Participant.of("o\r\nINFO forged"))
                .isInstanceOf(ModuleException.class).hasMessageContaining("\\u000d\\u000a").hasMessageNotContaining("\n");
        fails(CommonError.INVALID_INPUT, () -> vote().ballots().cast(p.id(), Participant.of("oAnn"), "1.2.3.4\nx",
                List.of(p.options().get(0).id())));
        assertThat(vote().polls().check(p.id()).ballotRows()).isZero();
    }

    @Test
    void listsPollsNewestFirstWithKeysetPages() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(vote().polls().create(draft()).id());
        }
        var first = vote().polls().list(PageRequest.first(2));
        var second = vote().polls().list(PageRequest.after(first.next().orElseThrow(), 2));
        var third = vote().polls().list(PageRequest.after(second.next().orElseThrow(), 2));
        assertThat(first.items()).extracting(Poll::id).containsExactly(ids.get(4), ids.get(3));
        assertThat(second.items()).extracting(Poll::id).containsExactly(ids.get(2), ids.get(1));
        assertThat(third.items()).extracting(Poll::id).containsExactly(ids.get(0));
        assertThat(third.next()).isEmpty();
        assertThat(first.items().get(0).options()).extracting(PollOption::text).containsExactly("Dumplings", "Noodles", "Rice");
    }

    @Test
    void qrCodeCarriesThePollScene() {
        Poll p = vote().polls().create(draft());
        assertThat(vote().polls().qrCodeUrl(p.id())).isEqualTo("https://qr.example/vote:" + p.id());
        assertThat(scenes).containsExactly("vote:" + p.id());
    }

    @Test
    void qrCodeWithoutIssuerIsAClearError() {
        VoteModule bare = VoteModule.create(t.build());
        Poll p = bare.polls().create(draft());
        fails(VoteError.QR_CODE_UNAVAILABLE, () -> bare.polls().qrCodeUrl(p.id()));
    }

    @Test
    void rateLimitsPerOpenidAndPerIp() {
        VoteModule limited = VoteModule.create(t.builder().rateLimits(RateLimits.perMinute(2, 3)).build());
        Poll p = limited.polls().create(draft().limit(VoteLimit.perDay(50)));
        long option = p.options().get(0).id();
        limited.ballots().cast(p.id(), Participant.of("oAnn"), "198.51.100.1", List.of(option));
        limited.ballots().cast(p.id(), Participant.of("oAnn"), "198.51.100.2", List.of(option));
        fails(CommonError.RATE_LIMITED, () -> limited.ballots().cast(p.id(), Participant.of("oAnn"), "198.51.100.3", List.of(option)));
        limited.ballots().cast(p.id(), Participant.of("oBob"), "198.51.100.9", List.of(option));
        limited.ballots().cast(p.id(), Participant.of("oCid"), "198.51.100.9", List.of(option));
        limited.ballots().cast(p.id(), Participant.of("oDan"), "198.51.100.9", List.of(option));
        fails(CommonError.RATE_LIMITED, () -> limited.ballots().cast(p.id(), Participant.of("oEve"), "198.51.100.9", List.of(option)));
        t.clock.advance(Duration.ofMinutes(1));
        limited.ballots().cast(p.id(), Participant.of("oAnn"), "198.51.100.3", List.of(option));
        assertThat(limited.polls().resultsForStaff(p.id()).ballots()).isEqualTo(6);
    }
}
