-- lottery: activities, prizes, players, entries, the draw log and wins. Same file on H2, PostgreSQL and
-- MariaDB (${identity} aside). Exactness comes from the database: stock moves only by the conditional
-- UPDATE .. SET stock = stock - n WHERE stock >= n, per-user draw and win counters only by conditional
-- updates of the player row (which also serialises one user's draws), one entry per (activity, openid) by
-- a unique key, one redemption per win by UPDATE .. WHERE redeemed_at IS NULL.
-- As in vote, no foreign keys point at the hot rows (prize, player): on InnoDB their shared locks deadlock
-- with the counter updates of the same transaction.
CREATE TABLE wxkit_lottery_activity (
    id ${identity},
    title VARCHAR(200) NOT NULL,
    mode VARCHAR(16) NOT NULL,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    follow_required BOOLEAN NOT NULL,
    draws_total_limit INT NOT NULL,
    draws_daily_limit INT NOT NULL,
    wins_limit INT NOT NULL,
    no_prize_weight BIGINT NOT NULL,
    box_count INT NOT NULL,
    keyword VARCHAR(64),
    notify_template_id VARCHAR(128),
    created_at BIGINT NOT NULL
);

CREATE TABLE wxkit_lottery_prize (
    id ${identity},
    activity_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    weight BIGINT NOT NULL,
    stock INT NOT NULL,
    initial_stock INT NOT NULL,
    red_packet_fen BIGINT NOT NULL,
    CONSTRAINT fk_wxkit_lottery_prize_activity FOREIGN KEY (activity_id) REFERENCES wxkit_lottery_activity (id),
    CONSTRAINT ck_wxkit_lottery_prize_stock CHECK (stock >= 0)
);
CREATE INDEX ix_wxkit_lottery_prize_activity ON wxkit_lottery_prize (activity_id, sort_order);

CREATE TABLE wxkit_lottery_player (
    activity_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    draws_total INT NOT NULL,
    draw_day VARCHAR(8) NOT NULL,
    draws_today INT NOT NULL,
    wins INT NOT NULL,
    PRIMARY KEY (activity_id, openid)
);

CREATE TABLE wxkit_lottery_entry (
    id ${identity},
    activity_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    nickname VARCHAR(64),
    message VARCHAR(600),
    entered_at BIGINT NOT NULL,
    CONSTRAINT uq_wxkit_lottery_entry UNIQUE (activity_id, openid)
);

CREATE TABLE wxkit_lottery_win (
    id ${identity},
    activity_id BIGINT NOT NULL,
    prize_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    code VARCHAR(16) NOT NULL,
    won_at BIGINT NOT NULL,
    redeemed_at BIGINT,
    redeemed_by VARCHAR(64),
    payout VARCHAR(16) NOT NULL,
    notified BOOLEAN NOT NULL,
    CONSTRAINT uq_wxkit_lottery_win_code UNIQUE (code)
);
CREATE INDEX ix_wxkit_lottery_win_player ON wxkit_lottery_win (activity_id, openid);

-- the auditable draw log: the random value, the total weight and the candidates (prize:weight) it was
-- drawn from, so anyone can recompute which slot the value fell into
CREATE TABLE wxkit_lottery_draw (
    id ${identity},
    activity_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    drawn_at BIGINT NOT NULL,
    box_index INT NOT NULL,
    random_value BIGINT NOT NULL,
    total_weight BIGINT NOT NULL,
    candidates VARCHAR(2000) NOT NULL,
    prize_id BIGINT,
    win_id BIGINT
);
CREATE INDEX ix_wxkit_lottery_draw_activity ON wxkit_lottery_draw (activity_id, id);
