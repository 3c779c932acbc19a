-- member: profiles, tags, levels, the points ledger, paid orders and admins. Same file on H2, PostgreSQL
-- and MariaDB (${identity} aside). Every points operation locks the member row first (SELECT .. FOR
-- UPDATE), so a member's operations run one at a time; the CHECK keeps the balance non-negative even if
-- a bug tried otherwise, and the unique (member_id, business_key) makes each business operation count once.
CREATE TABLE wxkit_member_member (
    id ${identity},
    openid VARCHAR(64) NOT NULL,
    account_id VARCHAR(64),
    nickname VARCHAR(64),
    department VARCHAR(64),
    level_code VARCHAR(32),
    level_manual BOOLEAN NOT NULL,
    card_no VARCHAR(20),
    points BIGINT NOT NULL,
    points_earned BIGINT NOT NULL,
    paid_orders INT NOT NULL,
    paid_amount_fen BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT uq_wxkit_member_openid UNIQUE (openid),
    CONSTRAINT uq_wxkit_member_card UNIQUE (card_no),
    CONSTRAINT ck_wxkit_member_points CHECK (points >= 0)
);
CREATE INDEX ix_wxkit_member_department ON wxkit_member_member (department, id);
CREATE INDEX ix_wxkit_member_level ON wxkit_member_member (level_code, id);

CREATE TABLE wxkit_member_tag (
    member_id BIGINT NOT NULL,
    tag VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_id, tag)
);
CREATE INDEX ix_wxkit_member_tag ON wxkit_member_tag (tag, member_id);

CREATE TABLE wxkit_member_level (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL,
    rank_order INT NOT NULL,
    rule_kind VARCHAR(16) NOT NULL,
    threshold BIGINT NOT NULL
);

-- earn rows are lots: remaining is what is left of them to spend or expire, oldest expiry first
CREATE TABLE wxkit_member_points (
    id ${identity},
    member_id BIGINT NOT NULL,
    business_key VARCHAR(64) NOT NULL,
    kind VARCHAR(8) NOT NULL,
    delta BIGINT NOT NULL,
    remaining BIGINT NOT NULL,
    expires_at BIGINT,
    reason VARCHAR(200),
    created_at BIGINT NOT NULL,
    CONSTRAINT uq_wxkit_member_points_key UNIQUE (member_id, business_key)
);
CREATE INDEX ix_wxkit_member_points_lots ON wxkit_member_points (member_id, remaining, expires_at);

CREATE TABLE wxkit_member_order (
    member_id BIGINT NOT NULL,
    order_no VARCHAR(64) NOT NULL,
    amount_fen BIGINT NOT NULL,
    paid_at BIGINT NOT NULL,
    PRIMARY KEY (member_id, order_no)
);

CREATE TABLE wxkit_member_admin (
    openid VARCHAR(64) NOT NULL PRIMARY KEY,
    role VARCHAR(16) NOT NULL,
    granted_by VARCHAR(64) NOT NULL,
    granted_at BIGINT NOT NULL
);

CREATE TABLE wxkit_member_admin_scope (
    openid VARCHAR(64) NOT NULL,
    scope_kind VARCHAR(16) NOT NULL,
    scope_value VARCHAR(64) NOT NULL,
    PRIMARY KEY (openid, scope_kind, scope_value)
);
