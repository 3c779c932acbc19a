package io.wxkit.spring.modules.member;

import io.wxkit.modules.member.Member;
import io.wxkit.modules.member.PointsEntry;
import java.time.Instant;
import java.util.Set;

/** Members and ledger entries as JSON (absent values as null). */
final class MemberViews {

    private MemberViews() {
    }

    record MemberView(long id, String openid, String accountId, String nickname, String department, String levelCode,
                      boolean levelManual, Set<String> tags, String cardNo, long points, long pointsEarned, long paidOrders,
                      long paidAmountFen, Instant createdAt) {
        static MemberView of(Member m) {
            return new MemberView(m.id(), m.openid(), m.accountId().orElse(null), m.nickname(), m.department(),
                    m.levelCode().orElse(null), m.levelManual(), m.tags(), m.cardNo(), m.points(), m.pointsEarned(),
                    m.paidOrders(), m.paidAmountFen(), m.createdAt());
        }
    }

    record EntryView(long id, String businessKey, String kind, long delta, Instant expiresAt, String reason, Instant at) {
        static EntryView of(PointsEntry e) {
            return new EntryView(e.id(), e.businessKey(), e.kind(), e.delta(), e.expiresAt().orElse(null), e.reason(), e.at());
        }
    }
}
