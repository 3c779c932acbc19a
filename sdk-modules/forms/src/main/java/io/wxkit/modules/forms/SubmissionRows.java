package io.wxkit.modules.forms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of submissions and answers. Every method runs on the caller's handle (inside its transaction). */
final class SubmissionRows {
    private SubmissionRows() {
    }

    /** The openid's submissions of the form that are not withdrawn. */
    static int active(Handle h, long formId, String openid) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_forms_submission WHERE form_id = :form AND openid = :openid"
                        + " AND status <> 'WITHDRAWN'")
                .bind("form", formId).bind("openid", openid).mapTo(Integer.class).one();
    }

    /** The openid's highest 'm' slot so far (0 if none). */
    static int lastSlot(Handle h, long formId, String openid) {
        return h.createQuery("SELECT slot_key FROM wxkit_forms_submission WHERE form_id = :form AND openid = :openid"
                        + " AND slot_key LIKE 'm%'")
                .bind("form", formId).bind("openid", openid).mapTo(String.class).list().stream()
                .mapToInt(s -> Integer.parseInt(s.substring(1))).max().orElse(0);
    }

    static long insert(Handle h, long formId, String openid, String slot, SubmissionStatus status, Long position, String ip,
                       Instant now) {
        return h.createUpdate("INSERT INTO wxkit_forms_submission (form_id, openid, slot_key, status, waiting_position, client_ip,"
                        + " submitted_at, updated_at) VALUES (:form, :openid, :slot, :status, :pos, :ip, :now, :now)")
                .bind("form", formId).bind("openid", openid).bind("slot", slot).bind("status", status.name())
                .bind("pos", position).bind("ip", ip).bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static void replaceAnswers(Handle h, long submissionId, long formId, Map<String, List<String>> answers) {
        h.createUpdate("DELETE FROM wxkit_forms_answer WHERE submission_id = :id").bind("id", submissionId).execute();
        var batch = h.prepareBatch("INSERT INTO wxkit_forms_answer (submission_id, form_id, field_key, position, answer_value)"
                + " VALUES (:id, :form, :key, :pos, :value)");
        answers.forEach((key, values) -> {
            for (int i = 0; i < values.size(); i++) {
                batch.bind("id", submissionId).bind("form", formId).bind("key", key).bind("pos", i).bind("value", values.get(i)).add();
            }
        });
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** The submission with its answers. */
    static Optional<Submission> find(Handle h, long id) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        h.createQuery("SELECT field_key, answer_value FROM wxkit_forms_answer WHERE submission_id = :id ORDER BY field_key, position")
                .bind("id", id)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> answers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return h.createQuery("SELECT id, form_id, openid, status, waiting_position, submitted_at, updated_at"
                        + " FROM wxkit_forms_submission WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> {
                    long pos = rs.getLong("waiting_position");
                    Optional<Long> position = rs.wasNull() ? Optional.empty() : Optional.of(pos);
                    return new Submission(rs.getLong("id"), rs.getLong("form_id"), rs.getString("openid"),
                            SubmissionStatus.valueOf(rs.getString("status")), position, answers,
                            Instant.ofEpochMilli(rs.getLong("submitted_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
                })
                .findOne();
    }

    /** The ids of the openid's submissions to the form, oldest first. */
    static List<Long> idsOf(Handle h, long formId, String openid) {
        return h.createQuery("SELECT id FROM wxkit_forms_submission WHERE form_id = :form AND openid = :openid ORDER BY id")
                .bind("form", formId).bind("openid", openid).mapTo(Long.class).list();
    }

    static void touch(Handle h, long id, Instant now) {
        h.createUpdate("UPDATE wxkit_forms_submission SET updated_at = :now WHERE id = :id").bind("now", now.toEpochMilli())
                .bind("id", id).execute();
    }

    static void withdraw(Handle h, long id, Instant now) {
        h.createUpdate("UPDATE wxkit_forms_submission SET status = 'WITHDRAWN', waiting_position = NULL, slot_key = :slot,"
                        + " updated_at = :now WHERE id = :id")
                .bind("slot", "w" + id).bind("now", now.toEpochMilli()).bind("id", id).execute();
    }

    /** Confirms the first of the waiting list and returns its id, or empty when nobody waits. */
    static Optional<Long> promoteFirst(Handle h, long formId, Instant now) {
        Optional<Long> first = h.createQuery("SELECT id FROM wxkit_forms_submission WHERE form_id = :form AND status = 'WAITING'"
                        + " ORDER BY waiting_position LIMIT 1")
                .bind("form", formId).mapTo(Long.class).findFirst();
        first.ifPresent(id -> h.createUpdate("UPDATE wxkit_forms_submission SET status = 'CONFIRMED', waiting_position = NULL,"
                + " updated_at = :now WHERE id = :id").bind("now", now.toEpochMilli()).bind("id", id).execute());
        return first;
    }

    /** How many wait ahead of {@code position} (so position 1 of the list is the next to be promoted). */
    static long aheadOf(Handle h, long formId, long position) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_forms_submission WHERE form_id = :form AND status = 'WAITING'"
                        + " AND waiting_position < :pos")
                .bind("form", formId).bind("pos", position).mapTo(Long.class).one();
    }
}
