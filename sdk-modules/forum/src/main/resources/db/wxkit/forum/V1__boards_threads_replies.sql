-- forum: boards, moderators, bans, threads, replies and likes. Same file on H2, PostgreSQL and MariaDB
-- (${identity} aside). Listings are keyset scans on (parent, id) indexes so a page costs the same at reply
-- 10 and reply 10,000,000; counters (replies, likes, views) live on the parent row and move in the same
-- transaction as the row they count. Timestamps are epoch milliseconds, as in the other modules.
-- No foreign keys from likes/replies to their parent rows: on InnoDB the check takes a shared lock on the
-- parent that the counter update must then upgrade, and racing writers deadlock (see VoteRaceIT's note).
CREATE TABLE wxkit_forum_board (
    id ${identity},
    name VARCHAR(64) NOT NULL,
    description VARCHAR(500),
    sort_order INT NOT NULL,
    threads BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_wxkit_forum_board_order ON wxkit_forum_board (sort_order, id);

-- board_id 0: a forum administrator (moderates every board)
CREATE TABLE wxkit_forum_moderator (
    board_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (board_id, openid)
);

-- board_id 0: banned from the whole forum
CREATE TABLE wxkit_forum_ban (
    board_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    banned_until BIGINT NOT NULL,
    reason VARCHAR(200) NOT NULL,
    banned_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (board_id, openid)
);

CREATE TABLE wxkit_forum_thread (
    id ${identity},
    board_id BIGINT NOT NULL,
    author VARCHAR(64) NOT NULL,
    title VARCHAR(100) NOT NULL,
    body VARCHAR(10000) NOT NULL,
    pinned BOOLEAN NOT NULL,
    locked BOOLEAN NOT NULL,
    replies BIGINT NOT NULL,
    likes BIGINT NOT NULL,
    views BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    last_reply_at BIGINT NOT NULL,
    deleted_at BIGINT,
    deleted_by VARCHAR(64),
    deleted_reason VARCHAR(200)
);
-- board listing, newest first: WHERE board_id = ? AND id < ? ORDER BY id DESC
CREATE INDEX ix_wxkit_forum_thread_board ON wxkit_forum_thread (board_id, id);
CREATE INDEX ix_wxkit_forum_thread_pinned ON wxkit_forum_thread (board_id, pinned, id);

CREATE TABLE wxkit_forum_reply (
    id ${identity},
    thread_id BIGINT NOT NULL,
    -- the top-level reply this one nests under (one level only), or NULL
    parent_id BIGINT,
    -- the reply this one quotes (any reply of the thread), or NULL
    quote_id BIGINT,
    author VARCHAR(64) NOT NULL,
    body VARCHAR(5000) NOT NULL,
    likes BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    deleted_at BIGINT,
    deleted_by VARCHAR(64),
    deleted_reason VARCHAR(200)
);
-- thread page in floor order: WHERE thread_id = ? AND id > ? ORDER BY id
CREATE INDEX ix_wxkit_forum_reply_thread ON wxkit_forum_reply (thread_id, id);
-- nested replies of one top-level reply
CREATE INDEX ix_wxkit_forum_reply_parent ON wxkit_forum_reply (parent_id, id);

-- one like per user and target: the primary key makes "exactly once" the database's job
CREATE TABLE wxkit_forum_like (
    target_kind CHAR(1) NOT NULL,
    target_id BIGINT NOT NULL,
    openid VARCHAR(64) NOT NULL,
    liked_at BIGINT NOT NULL,
    PRIMARY KEY (target_kind, target_id, openid)
);
