package io.wxkit.modules.forms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of forms and their fields. Every method runs on the caller's handle (inside its transaction). */
final class FormRows {
    static final String COLUMNS = "id, kind, title, description, opens_at, closes_at, many_per_openid, capacity,"
            + " waiting_limit, confirmed, waiting, template_id, template_title_key, template_status_key, template_url";

    private FormRows() {
    }

    static long insert(Handle h, FormDraft d, Instant now) {
        Confirmation c = d.confirmation();
        long id = h.createUpdate("INSERT INTO wxkit_forms_form (kind, title, description, opens_at, closes_at, many_per_openid,"
                        + " capacity, waiting_limit, confirmed, waiting, waiting_seq, template_id, template_title_key,"
                        + " template_status_key, template_url, created_at) VALUES (:kind, :title, :description, :opens, :closes,"
                        + " :many, :capacity, :waitingLimit, 0, 0, 0, :tid, :tkey, :skey, :url, :now)")
                .bind("kind", d.kind().name()).bind("title", d.title()).bind("description", d.description())
                .bind("opens", d.opensAt().toEpochMilli()).bind("closes", d.closesAt().toEpochMilli())
                .bind("many", d.manyPerOpenid()).bind("capacity", d.capacity()).bind("waitingLimit", d.waitingLimit())
                .bind("tid", c == null ? null : c.templateId()).bind("tkey", c == null ? null : c.titleKey())
                .bind("skey", c == null ? null : c.statusKey()).bind("url", c == null ? null : c.url())
                .bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        int position = 0;
        for (FormField f : d.fields()) {
            h.createUpdate("INSERT INTO wxkit_forms_field (form_id, position, field_key, label, field_type, required, min_value,"
                            + " max_value, pattern) VALUES (:form, :pos, :key, :label, :type, :required, :min, :max, :pattern)")
                    .bind("form", id).bind("pos", position++).bind("key", f.key()).bind("label", f.label())
                    .bind("type", f.type().name()).bind("required", f.required()).bind("min", f.min()).bind("max", f.max())
                    .bind("pattern", f.pattern()).execute();
            for (int i = 0; i < f.options().size(); i++) {
                h.createUpdate("INSERT INTO wxkit_forms_option (form_id, field_key, position, option_text) VALUES (:form, :key, :pos, :text)")
                        .bind("form", id).bind("key", f.key()).bind("pos", i).bind("text", f.options().get(i)).execute();
            }
        }
        return id;
    }

    /** The form, read plainly ({@code lock}: false) or locking its row until the transaction ends. */
    static Optional<Form> find(Handle h, long id, boolean lock) {
        Optional<Form> bare = h.createQuery("SELECT " + COLUMNS + " FROM wxkit_forms_form WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
                .bind("id", id)
                .map((rs, ctx) -> new Form(rs.getLong("id"), FormKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("description"), Instant.ofEpochMilli(rs.getLong("opens_at")),
                        Instant.ofEpochMilli(rs.getLong("closes_at")), rs.getBoolean("many_per_openid"), rs.getInt("capacity"),
                        rs.getInt("waiting_limit"), rs.getInt("confirmed"), rs.getInt("waiting"), List.of(),
                        rs.getString("template_id") == null ? Optional.empty() : Optional.of(new Confirmation(
                                rs.getString("template_id"), rs.getString("template_title_key"),
                                rs.getString("template_status_key"), rs.getString("template_url")))))
                .findOne();
        return bare.map(f -> new Form(f.id(), f.kind(), f.title(), f.description(), f.opensAt(), f.closesAt(), f.manyPerOpenid(),
                f.capacity(), f.waitingLimit(), f.confirmed(), f.waiting(), fields(h, id), f.confirmation()));
    }

    private static List<FormField> fields(Handle h, long formId) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        h.createQuery("SELECT field_key, option_text FROM wxkit_forms_option WHERE form_id = :form ORDER BY field_key, position")
                .bind("form", formId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> options.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return h.createQuery("SELECT field_key, label, field_type, required, min_value, max_value, pattern FROM wxkit_forms_field"
                        + " WHERE form_id = :form ORDER BY position")
                .bind("form", formId)
                .map((rs, ctx) -> new FormField(rs.getString("field_key"), rs.getString("label"),
                        FieldType.valueOf(rs.getString("field_type")), rs.getBoolean("required"), rs.getString("min_value"),
                        rs.getString("max_value"), options.getOrDefault(rs.getString("field_key"), List.of()), rs.getString("pattern")))
                .list();
    }

    /** Moves the counters of a locked form row. */
    static void count(Handle h, long formId, int confirmedDelta, int waitingDelta) {
        h.createUpdate("UPDATE wxkit_forms_form SET confirmed = confirmed + :c, waiting = waiting + :w WHERE id = :id")
                .bind("c", confirmedDelta).bind("w", waitingDelta).bind("id", formId).execute();
    }

    /** The next waiting position of a locked form row. */
    static long nextWaitingPosition(Handle h, long formId) {
        h.createUpdate("UPDATE wxkit_forms_form SET waiting_seq = waiting_seq + 1 WHERE id = :id").bind("id", formId).execute();
        return h.createQuery("SELECT waiting_seq FROM wxkit_forms_form WHERE id = :id").bind("id", formId).mapTo(Long.class).one();
    }

    static int close(Handle h, long formId, Instant now) {
        return h.createUpdate("UPDATE wxkit_forms_form SET closes_at = :now WHERE id = :id AND closes_at > :now")
                .bind("now", now.toEpochMilli()).bind("id", formId).execute();
    }
}
