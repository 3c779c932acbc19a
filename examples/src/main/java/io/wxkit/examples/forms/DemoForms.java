package io.wxkit.examples.forms;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ids of the forms the demo shows on {@code /forms} (the module itself has no listing). */
@Component
class DemoForms {
    private final JdbcTemplate jdbc;

    DemoForms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void remember(long formId) {
        create();
        jdbc.update("INSERT INTO examples_demo_form (form_id) VALUES (?)", formId);
    }

    List<Long> ids() {
        create();
        return jdbc.queryForList("SELECT form_id FROM examples_demo_form ORDER BY form_id", Long.class);
    }

    private void create() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS examples_demo_form (form_id BIGINT PRIMARY KEY)");
    }
}
