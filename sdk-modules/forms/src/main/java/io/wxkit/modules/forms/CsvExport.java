package io.wxkit.modules.forms;

import io.wxkit.modules.common.internal.CsvWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * One pass over a form's submissions joined to their answers, ordered by submission: the answers of one
 * submission arrive together, so a row is written as soon as the next submission starts.
 */
final class CsvExport {
    private final Form form;
    private final CsvWriter csv;
    private long current = -1;
    private Object[] head;
    private final Map<String, List<String>> answers = new HashMap<>();
    private long written;

    CsvExport(Form form, CsvWriter csv) {
        this.form = form;
        this.csv = csv;
    }

    long write(Handle h, int fetchSize) {
        h.createQuery("SELECT s.id, s.openid, s.status, s.waiting_position, s.submitted_at, s.updated_at, a.field_key,"
                        + " a.answer_value FROM wxkit_forms_submission s LEFT JOIN wxkit_forms_answer a ON a.submission_id = s.id"
                        + " WHERE s.form_id = :form ORDER BY s.id, a.field_key, a.position")
                .bind("form", form.id()).setFetchSize(fetchSize)
                .map((rs, ctx) -> {
                    long id = rs.getLong(1);
                    if (id != current) {
                        flush();
                        current = id;
                        long ticket = rs.getLong(4);
                        Long waiting = rs.wasNull() ? null : ticket;
                        head = new Object[] {id, rs.getString(2), rs.getString(3), waiting,
                                Instant.ofEpochMilli(rs.getLong(5)).toString(), Instant.ofEpochMilli(rs.getLong(6)).toString()};
                    }
                    String key = rs.getString(7);
                    if (key != null) {
                        answers.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(8));
                    }
                    return id;
                })
                .forEach(id -> { });
        flush();
        return written;
    }

    private void flush() {
        if (head == null) {
            return;
        }
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(head));
        for (FormField f : form.fields()) {
            List<String> values = answers.get(f.key());
            row.add(values == null ? null : String.join("; ", values));
        }
        csv.row(row.toArray());
        written++;
        head = null;
        answers.clear();
    }
}
