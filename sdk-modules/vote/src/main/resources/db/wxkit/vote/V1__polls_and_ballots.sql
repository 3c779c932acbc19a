-- vote: polls, options, ballots and choices. Same file on H2, PostgreSQL and MariaDB (${identity} aside).
-- Exactness comes from the keys: one ballot row per allowed slot (unique poll, openid, slot_key) and one
-- choice row per allowed use of an option (unique poll, openid, option, option_slot); the counters on poll
-- and option rows move in the same transaction as those rows.
-- No foreign keys from ballots to polls or from choices to options: on InnoDB the check takes a shared
-- lock on the parent row that the counter update in the same transaction must then upgrade, and two voters
-- doing that deadlock each other every time (seen in VoteRaceIT). The service checks the options belong
-- to the poll before it writes.
CREATE TABLE wxkit_vote_poll (
    id ${identity},
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    cover_url VARCHAR(1000),
    min_choices INT NOT NULL,
    max_choices INT NOT NULL,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    results_visibility VARCHAR(16) NOT NULL,
    follow_required BOOLEAN NOT NULL,
    votes_per_day INT NOT NULL,
    per_option_limit INT NOT NULL,
    ballots BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE wxkit_vote_option (
    id ${identity},
    poll_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    option_text VARCHAR(200) NOT NULL,
    image_url VARCHAR(1000),
    votes BIGINT NOT NULL,
    CONSTRAINT fk_wxkit_vote_option_poll FOREIGN KEY (poll_id) REFERENCES wxkit_vote_poll (id)
);
CREATE INDEX ix_wxkit_vote_option_poll ON wxkit_vote_option (poll_id, sort_order);

CREATE TABLE wxkit_vote_ballot (
    id ${identity},
    poll_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    slot_key VARCHAR(24) NOT NULL,
    client_ip VARCHAR(45),
    cast_at BIGINT NOT NULL,
    CONSTRAINT uq_wxkit_vote_ballot_slot UNIQUE (poll_id, openid, slot_key)
);

CREATE TABLE wxkit_vote_choice (
    ballot_id BIGINT NOT NULL,
    poll_id BIGINT NOT NULL,
    option_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    -- 1..limit when the poll limits uses of an option per openid, else the ballot id (always unique)
    option_slot BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, option_id),
    CONSTRAINT uq_wxkit_vote_choice_slot UNIQUE (poll_id, openid, option_id, option_slot),
    CONSTRAINT fk_wxkit_vote_choice_ballot FOREIGN KEY (ballot_id) REFERENCES wxkit_vote_ballot (id)
);
