package io.wxkit.modules.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.spi.RedPacketSender;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import io.wxkit.modules.common.testkit.WeChatSide;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each mode and rule of the lottery on H2, and the chi-square fairness check of the weighted draw. */
class LotteryRulesTest {
    final ModuleTestContext t = new ModuleTestContext("lottery_rules");
    final List<RedPacketSender.Request> packets = new ArrayList<>();
    final List<Map<String, String>> notices = new ArrayList<>();
    final Instant from = ModuleTestContext.START;
    final Instant to = ModuleTestContext.START.plus(Duration.ofDays(3));

    @AfterEach
    void close() {
        t.close();
    }

    LotteryModule lottery() {
        return LotteryModule.create(t.builder().random(ModuleTestContext.seeded(42))
                .redPackets(r -> { packets.add(r); return RedPacketSender.Outcome.SENT; })
                .templates((openid, template, data, url) -> notices.add(data)).build());
    }

    static void fails(LotteryError code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ModuleException.class).hasMessageStartingWith(code.name() + ":");
    }

    @Test
    void wheelStockLimitsWinsRedemptionAndLog() {
        LotteryModule l = lottery();
        Activity a = l.activities().create(ActivityDraft.of("Wheel", LotteryMode.WHEEL, from, to)
                .prize("Mug", 1, 2).drawLimits(3, 2).notifyWinners("TPL_1"));
        Participant ann = Participant.of("oAnn");
        DrawResult first = l.draws().spin(a.id(), ann, "203.0.113.1");
        DrawResult second = l.draws().spin(a.id(), ann, null);
        assertThat(first.won()).isTrue();
        assertThat(second.won()).isTrue();
        fails(LotteryError.DAILY_DRAW_LIMIT_REACHED, () -> l.draws().spin(a.id(), ann, null));
        fails(LotteryError.OUT_OF_STOCK, () -> l.draws().spin(a.id(), Participant.of("oBob"), null));
        assertThat(l.activities().get(a.id()).prizes().get(0).stock()).isZero();
        t.clock.advance(Duration.ofDays(1));
        fails(LotteryError.OUT_OF_STOCK, () -> l.draws().spin(a.id(), ann, null));
        assertThat(notices).hasSize(2).allSatisfy(d -> assertThat(d).containsEntry("thing2", "Mug"));

        Win w = first.win().orElseThrow();
        assertThat(w.code()).hasSize(10).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(l.wins().redeem(w.code(), "staff-1").redeemed()).isTrue();
        fails(LotteryError.ALREADY_REDEEMED, () -> l.wins().redeem(w.code(), "staff-1"));
        fails(LotteryError.WIN_NOT_FOUND, () -> l.wins().redeem("0000000000", "staff-1"));
        fails(LotteryError.WIN_NOT_FOUND, () -> l.wins().redeem("x'; drop", "staff-1"));
        assertThat(l.draws().log(a.id(), PageRequest.first(10)).items()).hasSize(2)
                .allSatisfy(d -> assertThat(d.candidates()).endsWith("none:0"));
    }

    @Test
    void winLimitNoPrizeSlotAndTotalDrawLimit() {
        LotteryModule l = lottery();
        Activity a = l.activities().create(ActivityDraft.of("Wheel", LotteryMode.WHEEL, from, to)
                .prize("Pen", 1, 100).noPrize(0).drawLimits(4, 0).winLimit(1));
        Participant ann = Participant.of("oAnn");
        assertThat(l.draws().spin(a.id(), ann, null).won()).isTrue();
        assertThat(l.draws().spin(a.id(), ann, null).won()).isFalse(); // past the win limit: no-prize slot alone
        l.draws().spin(a.id(), ann, null);
        l.draws().spin(a.id(), ann, null);
        fails(LotteryError.DRAW_LIMIT_REACHED, () -> l.draws().spin(a.id(), ann, null));
        assertThat(l.wins().of(a.id(), "oAnn")).hasSize(1);
        assertThat(l.activities().get(a.id()).prizes().get(0).stock()).isEqualTo(99);
    }

    @Test
    void boxModeRedPacketPrizeWindowAndWrongMode() {
        LotteryModule l = lottery();
        Activity box = l.activities().create(ActivityDraft.of("Boxes", LotteryMode.BOX, from, to)
                .redPacketPrize("1 CNY", 1, 5, 100).boxes(4));
        fails(LotteryError.INVALID_BOX, () -> l.draws().openBox(box.id(), Participant.of("oAnn"), null, 4));
        fails(LotteryError.WRONG_MODE, () -> l.draws().spin(box.id(), Participant.of("oAnn"), null));
        DrawResult r = l.draws().openBox(box.id(), Participant.of("oAnn"), null, 3);
        assertThat(r.draw().boxIndex()).isEqualTo(3);
        assertThat(r.win().orElseThrow().payout()).isEqualTo(PayoutStatus.SENT);
        assertThat(packets).singleElement().satisfies(p -> {
            assertThat(p.amountFen()).isEqualTo(100);
            assertThat(p.billNo()).hasSize(28).isEqualTo(WinnerDelivery.billNo(r.win().orElseThrow().id()));
        });
        t.clock.set(to);
        fails(LotteryError.ACTIVITY_CLOSED, () -> l.draws().openBox(box.id(), Participant.of("oBob"), null, 0));
        fails(LotteryError.ACTIVITY_NOT_FOUND, () -> l.draws().spin(999_999, Participant.of("oBob"), null));
        fails(LotteryError.INVALID_ACTIVITY, () -> l.activities().create(ActivityDraft.of("x", LotteryMode.MESSAGE, from, to).prize("p", 1, 1)));
    }

    @Test
    void noPrizeWeightIsCappedLikePrizeWeightsSoTheDrawTotalCannotOverflow() {
        LotteryModule l = lottery();
        ActivityDraft draft = ActivityDraft.of("Wheel", LotteryMode.WHEEL, from, to).prize("Mug", 1_000_000_000L, 1);
        // Long.MAX_VALUE used to be accepted, and then every spin failed with an ArithmeticException
        fails(LotteryError.INVALID_ACTIVITY, () -> draft.noPrize(Long.MAX_VALUE));
        fails(LotteryError.INVALID_ACTIVITY, () -> draft.noPrize(1_000_000_001L));
        Activity a = l.activities().create(draft.noPrize(1_000_000_000L));
        assertThat(l.draws().spin(a.id(), Participant.of("oAnn"), null).draw().totalWeight()).isEqualTo(2_000_000_000L);
    }

    @Test
    void retryPayoutWithoutStaffSendsNoMoney() {
        LotteryModule l = LotteryModule.create(t.builder().random(ModuleTestContext.seeded(42))
                .redPackets(r -> { packets.add(r); return RedPacketSender.Outcome.FAILED; }).build());
        Activity a = l.activities().create(ActivityDraft.of("Wheel", LotteryMode.WHEEL, from, to)
                .redPacketPrize("1 CNY", 1, 5, 100));
        Win w = l.draws().spin(a.id(), Participant.of("oAnn"), null).win().orElseThrow();
        assertThat(w.payout()).isEqualTo(PayoutStatus.FAILED);
        // the staff id is checked first: it used to be checked by the audit row, after the red packet was sent
        assertThatThrownBy(() -> l.wins().retryPayout(w.id(), null)).isInstanceOf(NullPointerException.class);
        assertThat(packets).hasSize(1);
        assertThat(l.wins().retryPayout(w.id(), "staff-1").payout()).isEqualTo(PayoutStatus.FAILED);
        assertThat(packets).hasSize(2).extracting(RedPacketSender.Request::billNo).containsOnly(WinnerDelivery.billNo(w.id()));
    }

    @Test
    void randomDrawPicksDistinctEligibleEntrantsAndNeverOversells() {
        LotteryModule l = lottery();
        Activity a = l.activities().create(ActivityDraft.of("Raffle", LotteryMode.RANDOM_DRAW, from, to)
                .prize("Phone", 0, 3).winLimit(1));
        long prize = a.prizes().get(0).id();
        fails(LotteryError.NO_ENTRANTS, () -> l.entries().drawWinners(a.id(), prize, 1, "staff"));
        for (int i = 0; i < 10; i++) {
            l.entries().enter(a.id(), Participant.of("oE" + i), null, null);
        }
        fails(LotteryError.ALREADY_ENTERED, () -> l.entries().enter(a.id(), Participant.of("oE1"), null, null));
        fails(LotteryError.WRONG_MODE, () -> l.draws().spin(a.id(), Participant.of("oE1"), null));
        List<Win> winners = l.entries().drawWinners(a.id(), prize, 2, "staff");
        fails(LotteryError.OUT_OF_STOCK, () -> l.entries().drawWinners(a.id(), prize, 2, "staff"));
        winners = new ArrayList<>(winners);
        winners.addAll(l.entries().drawWinners(a.id(), prize, 1, "staff"));
        assertThat(new HashSet<>(winners.stream().map(Win::openid).toList())).hasSize(3);
        assertThat(l.activities().get(a.id()).prizes().get(0).stock()).isZero();
    }

    @Test
    void messageEntryThroughTheCallbackRule() {
        LotteryModule l = lottery();
        Activity a = l.activities().create(ActivityDraft.of("Say it", LotteryMode.MESSAGE, from, to)
                .prize("Book", 0, 1).keyword("Lucky"));
        CallbackHandler handler = WeChatSide.mp().callback()
                .rule(LotteryCallbacks.messageEntry(l, a.id(), outcome -> "outcome " + outcome)).build();
        WeChatSide wechat = new WeChatSide();
        assertThat(handler.handle(wechat.text("oMsg", " lucky ", t.clock.instant())).body()).contains("outcome ENTERED");
        assertThat(handler.handle(wechat.text("oMsg", "LUCKY", t.clock.instant())).body()).contains("outcome ALREADY_ENTERED");
        assertThat(handler.handle(wechat.text("oMsg", "hello", t.clock.instant())).body()).isEqualTo("success");
        assertThat(l.entries().drawWinners(a.id(), a.prizes().get(0).id(), 5, "staff")).extracting(Win::openid).containsExactly("oMsg");
    }

    /** 200,000 draws of weights 1:2:3:4 with a fixed seed; chi-square with 3 degrees of freedom below 16.27 (p = 0.001). */
    @Test
    void observedFrequenciesMatchTheWeights() {
        List<Prize> prizes = List.of(new Prize(1, "a", PrizeKind.GOODS, 10, 1, 1, 0), new Prize(2, "b", PrizeKind.GOODS, 20, 1, 1, 0),
                new Prize(3, "c", PrizeKind.GOODS, 30, 1, 1, 0));
        long[] observed = new long[4];
        java.security.SecureRandom random = ModuleTestContext.seeded(20261202);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            WeightedDraw.Pick p = WeightedDraw.pick(prizes, 40, random);
            observed[p.prize() == null ? 3 : (int) p.prize().id() - 1]++;
        }
        double[] expected = {0.1 * n, 0.2 * n, 0.3 * n, 0.4 * n};
        double chi2 = 0;
        for (int i = 0; i < 4; i++) {
            chi2 += Math.pow(observed[i] - expected[i], 2) / expected[i];
        }
        assertThat(chi2).isLessThan(16.27);
        // the test can fail: a biased mapping (here: the no-prize slot first) is caught
        long biased = 0;
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            if (r.nextLong(100) < 45) {
                biased++;
            }
        }
        assertThat(Math.pow(biased - expected[3], 2) / expected[3]).isGreaterThan(16.27);
    }
}
