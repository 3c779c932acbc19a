-- forms: definitions, fields, submissions and answers. Same file on H2, PostgreSQL and MariaDB (${identity} aside).
-- Capacity is exact because every write to a form's submissions first locks the form row (SELECT .. FOR
-- UPDATE) and moves the confirmed/waiting counters there; waiting positions come from waiting_seq under
-- that lock, so they are handed out in commit order with no gaps or repeats.
CREATE TABLE wxkit_forms_form (
    id ${identity},
    kind VARCHAR(16) NOT NULL,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    many_per_openid BOOLEAN NOT NULL,
    capacity INT NOT NULL,
    waiting_limit INT NOT NULL,
    confirmed INT NOT NULL,
    waiting INT NOT NULL,
    waiting_seq BIGINT NOT NULL,
    template_id VARCHAR(128),
    template_title_key VARCHAR(32),
    template_status_key VARCHAR(32),
    template_url VARCHAR(1000),
    created_at BIGINT NOT NULL
);

CREATE TABLE wxkit_forms_field (
    form_id BIGINT NOT NULL,
    position INT NOT NULL,
    field_key VARCHAR(32) NOT NULL,
    label VARCHAR(200) NOT NULL,
    field_type VARCHAR(16) NOT NULL,
    required BOOLEAN NOT NULL,
    min_value VARCHAR(40),
    max_value VARCHAR(40),
    pattern VARCHAR(500),
    PRIMARY KEY (form_id, field_key),
    CONSTRAINT fk_wxkit_forms_field_form FOREIGN KEY (form_id) REFERENCES wxkit_forms_form (id)
);

CREATE TABLE wxkit_forms_option (
    form_id BIGINT NOT NULL,
    field_key VARCHAR(32) NOT NULL,
    position INT NOT NULL,
    option_text VARCHAR(100) NOT NULL,
    PRIMARY KEY (form_id, field_key, position)
);

-- slot_key: 'once' on once-per-openid forms, 'm<n>' otherwise; 'w<id>' after withdrawal frees the slot
CREATE TABLE wxkit_forms_submission (
    id ${identity},
    form_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    slot_key VARCHAR(24) NOT NULL,
    status VARCHAR(16) NOT NULL,
    waiting_position BIGINT,
    client_ip VARCHAR(45),
    submitted_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT uq_wxkit_forms_submission_slot UNIQUE (form_id, openid, slot_key)
);
CREATE INDEX ix_wxkit_forms_submission_waiting ON wxkit_forms_submission (form_id, status, waiting_position);

CREATE TABLE wxkit_forms_answer (
    submission_id BIGINT NOT NULL,
    form_id BIGINT NOT NULL,
    field_key VARCHAR(32) NOT NULL,
    position INT NOT NULL,
    answer_value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (submission_id, field_key, position)
);
CREATE INDEX ix_wxkit_forms_answer_field ON wxkit_forms_answer (form_id, field_key);
