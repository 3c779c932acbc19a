package io.wxkit.modules.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The member rules on H2 with a hand-moved clock: profiles, levels, the ledger, expiry, card codes. */
class MemberRulesTest {
    static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    ModuleTestContext t;
    MemberModule member;

    @BeforeEach
    void setUp() {
        t = new ModuleTestContext("member");
        member = MemberModule.create(t.build(), SECRET);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void joinIsIdempotentAndGivesALuhnCardNumber() {
        Member m = member.members().join(Participant.of("oAnn").nickname("Ann"), "sales");
        assertThat(member.members().join(Participant.of("oAnn"), "other")).isEqualTo(m);
        assertThat(m.cardNo()).hasSize(16).startsWith("88");
        assertThat(CardNumbers.valid(m.cardNo())).isTrue();
        assertThat(CardNumbers.valid(m.cardNo().substring(0, 15) + ((m.cardNo().charAt(15) - '0' + 1) % 10))).isFalse();
        assertThat(CardNumbers.of(7992739871L).substring(15)).isEqualTo(Integer.toString(CardNumbers.luhn("88" + String.format("%013d", 7992739871L))));
        assertThat(CardNumbers.luhn("7992739871")).isEqualTo(3); // the textbook Luhn example
        assertThat(member.members().bindAccount("oAnn", "acct-42").accountId()).contains("acct-42");
        assertThat(code(() -> member.members().find("oNobody"))).isEqualTo("MEMBER_NOT_FOUND");
    }

    @Test
    void levelsFollowPointsAndPaidOrdersUnlessFixedByHand() {
        member.members().defineLevel(new Level("silver", "银卡", 1, new LevelRule.ByPoints(100)), "ops");
        member.members().defineLevel(new Level("gold", "金卡", 2, new LevelRule.ByPaidOrders(2)), "ops");
        member.members().defineLevel(new Level("black", "黑卡", 3, new LevelRule.ByPaidAmount(100_000)), "ops");
        member.members().defineLevel(new Level("vip", "VIP", 9, new LevelRule.Manual()), "ops");
        member.members().join(Participant.of("oAnn"), null);
        assertThat(member.members().find("oAnn").levelCode()).isEmpty();
        member.points().earn("oAnn", 100, "k1", null, null);
        member.points().spend("oAnn", 100, "k2", null);
        // spending does not lower a points level: it looks at points earned
        assertThat(member.members().find("oAnn").levelCode()).contains("silver");
        assertThat(member.members().recordPaidOrder("oAnn", "order-1", 500)).isTrue();
        assertThat(member.members().recordPaidOrder("oAnn", "order-1", 500)).isFalse();
        assertThat(member.members().find("oAnn").levelCode()).contains("silver");
        member.members().recordPaidOrder("oAnn", "order-2", 99_500);
        Member m = member.members().find("oAnn");
        assertThat(m.paidOrders()).isEqualTo(2);
        assertThat(m.paidAmountFen()).isEqualTo(100_000);
        assertThat(m.levelCode()).contains("black");
        assertThat(member.members().levels()).extracting(Level::code).containsExactly("vip", "black", "gold", "silver");
        assertThat(code(() -> new Level("Bad Code", "x", 1, new LevelRule.Manual()))).isEqualTo("INVALID_LEVEL");
    }

    @Test
    void ledgerNeverNegativeIdempotentByKeyAndConflictsOnReuse() {
        member.members().join(Participant.of("oAnn"), null);
        PointsEntry first = member.points().earn("oAnn", 50, "order:1", null, "order");
        assertThat(member.points().earn("oAnn", 50, "order:1", null, "order")).isEqualTo(first);
        assertThat(code(() -> member.points().earn("oAnn", 60, "order:1", null, null))).isEqualTo("BUSINESS_KEY_CONFLICT");
        assertThat(code(() -> member.points().spend("oAnn", 50, "order:1", null))).isEqualTo("BUSINESS_KEY_CONFLICT");
        assertThat(code(() -> member.points().spend("oAnn", 51, "redeem:1", null))).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(member.points().balance("oAnn")).isEqualTo(50);
        PointsEntry spent = member.points().spend("oAnn", 50, "redeem:1", "mug");
        assertThat(member.points().spend("oAnn", 50, "redeem:1", "mug")).isEqualTo(spent);
        assertThat(member.points().balance("oAnn")).isZero();
        assertThat(code(() -> member.points().spend("oAnn", 1, "redeem:2", null))).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(code(() -> member.points().earn("oAnn", 0, "zero", null, null))).isEqualTo("INVALID_INPUT");
        assertThat(code(() -> member.points().earn("oAnn", 5, "expire:1", null, null))).isEqualTo("INVALID_INPUT");
        assertThat(code(() -> member.points().earn("oAnn", 5, "bad key!", null, null))).isEqualTo("INVALID_INPUT");
        assertThat(code(() -> member.points().earn("oAnn", 5, "admin:x", null, null))).isEqualTo("INVALID_INPUT");
        assertThat(member.points().ledger("oAnn", PageRequest.first(10)).items()).extracting(PointsEntry::delta).containsExactly(-50L, 50L);
    }

    @Test
    void aNegativeAmountNeitherTurnsASpendIntoAnEarnNorAnEarnIntoASpend() {
        member.members().join(Participant.of("oAnn"), null);
        member.points().earn("oAnn", 50, "order:1", null, "order");

        assertThat(code(() -> member.points().spend("oAnn", -40, "redeem:neg", null))).isEqualTo("INVALID_INPUT");
        assertThat(code(() -> member.points().earn("oAnn", -50, "order:neg", null, null))).isEqualTo("INVALID_INPUT");
        assertThat(code(() -> member.points().spend("oAnn", Long.MIN_VALUE, "redeem:min", null))).isEqualTo("INVALID_INPUT");
        assertThat(member.points().balance("oAnn")).isEqualTo(50);
        assertThat(member.points().ledger("oAnn", PageRequest.first(10)).items()).extracting(PointsEntry::delta).containsExactly(50L);
    }

    @Test
    void pointsExpireAndSpendsUseTheLotsExpiringFirst() {
        member.members().join(Participant.of("oAnn"), null);
        Instant now = ModuleTestContext.START;
        member.points().earn("oAnn", 30, "a", now.plus(Duration.ofDays(10)), null);
        member.points().earn("oAnn", 40, "b", now.plus(Duration.ofDays(5)), null);
        member.points().earn("oAnn", 50, "c", null, null);
        member.points().spend("oAnn", 60, "s1", null);   // takes b (40) then 20 of a
        t.clock.advance(Duration.ofDays(6));
        assertThat(member.points().balance("oAnn")).isEqualTo(60);   // b was used up: nothing expired
        t.clock.advance(Duration.ofDays(5));
        assertThat(member.points().balance("oAnn")).isEqualTo(50);   // the 10 left of a expired
        assertThat(member.points().ledger("oAnn", PageRequest.first(10)).items().get(0).kind()).isEqualTo("EXPIRE");
        assertThat(member.points().ledger("oAnn", PageRequest.first(10)).items().get(0).delta()).isEqualTo(-10);
        assertThat(code(() -> member.points().spend("oAnn", 51, "s2", null))).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(member.members().find("oAnn").pointsEarned()).isEqualTo(120);
    }

    @Test
    void cardCodesAreSignedAndShortLived() {
        Member m = member.members().join(Participant.of("oAnn"), null);
        CardCode c = member.cards().codeFor("oAnn");
        assertThat(c.payload()).startsWith("WXM1." + m.cardNo() + ".").matches("[A-Za-z0-9._-]+");
        assertThat(member.cards().verify(c.payload()).openid()).isEqualTo("oAnn");
        String forged = c.payload().substring(0, c.payload().length() - 2) + (c.payload().endsWith("AA") ? "BB" : "AA");
        assertThat(code(() -> member.cards().verify(forged))).isEqualTo("CARD_CODE_INVALID");
        assertThat(code(() -> member.cards().verify("garbage"))).isEqualTo("CARD_CODE_INVALID");
        MemberModule otherSecret = MemberModule.create(t.build(), "another-secret-another-secret-123".getBytes(StandardCharsets.US_ASCII));
        assertThat(code(() -> otherSecret.cards().verify(c.payload()))).isEqualTo("CARD_CODE_INVALID");
        t.clock.advance(Duration.ofSeconds(61));
        assertThat(member.cards().verify(c.payload()).id()).isEqualTo(m.id());
        t.clock.advance(Duration.ofSeconds(120));
        assertThat(code(() -> member.cards().verify(c.payload()))).isEqualTo("CARD_CODE_EXPIRED");
        assertThatThrownBy(() -> MemberModule.create(t.build(), new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (ModuleException e) {
            return e.code();
        }
        throw new AssertionError("expected a ModuleException");
    }
}
