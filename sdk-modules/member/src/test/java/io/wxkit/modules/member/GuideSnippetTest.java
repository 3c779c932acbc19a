package io.wxkit.modules.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The member snippet of docs/guide/modules.md, as written there. */
class GuideSnippetTest {

    @Test
    void theGuideSnippetRuns() {
        try (ModuleTestContext t = new ModuleTestContext("memberguide")) {
            ModuleContext context = t.build();
            byte[] cardSecret = MemberRulesTest.SECRET;
            String openid = "oAnn";
            String ssoAccountId = "acct-7";
            String outTradeNo = "T20261203001";
            long amountFen = 120_000;
            Instant expiresAt = ModuleTestContext.START.plus(Duration.ofDays(365));
            StringWriter writer = new StringWriter();

            MemberModule member = MemberModule.create(context, cardSecret);
            member.members().defineLevel(new Level("silver", "银卡", 1, new LevelRule.ByPoints(1000)), "ops");
            member.members().defineLevel(new Level("gold", "金卡", 2, new LevelRule.ByPaidAmount(100_000)), "ops");
            Member m = member.members().join(Participant.of(openid).nickname("Ann"), "sales");
            member.members().bindAccount(openid, ssoAccountId);
            member.members().recordPaidOrder(openid, outTradeNo, amountFen);

            member.points().earn(openid, 100, "checkin:20261203", expiresAt, "daily check-in");
            member.points().spend(openid, 40, "redeem:coupon-17", "coupon");
            assertThat(member.points().balance(openid)).isEqualTo(60);

            CardCode code = member.cards().codeFor(openid);
            Member scanned = member.cards().verify(code.payload());
            assertThat(scanned.id()).isEqualTo(m.id());
            assertThat(scanned.levelCode()).contains("gold");

            member.admins().bootstrapOwner("oOwner", "ops-console");
            member.admins().grant("oOwner", "oLead", AdminRole.MANAGER, Set.of(AdminScope.department("sales")));
            member.adminOps().adjustPoints("oLead", openid, 50, "goodwill-1207", "late delivery");
            assertThat(member.adminOps().search("oLead", "Ann", PageRequest.first(20)).items()).extracting(Member::openid)
                    .containsExactly(openid);
            assertThat(member.adminOps().exportCsv("oLead", writer)).isEqualTo(1);
            assertThat(member.points().balance(openid)).isEqualTo(110);
        }
    }
}
