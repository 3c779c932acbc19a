package io.wxkit.modules.member;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the points ledger.
 *
 * @param id          the entry id
 * @param memberId    the member
 * @param businessKey what it was for (an order number, a check-in day, {@code expire:<lot>}); unique per member
 * @param kind        {@code EARN}, {@code SPEND} or {@code EXPIRE}
 * @param delta       the change, positive for EARN
 * @param expiresAt   EARN: when what is left of it expires, if ever
 * @param reason      a note for people, or null
 * @param at          when
 */
public record PointsEntry(long id, long memberId, String businessKey, String kind, long delta, Optional<Instant> expiresAt,
                          String reason, Instant at) {
}
