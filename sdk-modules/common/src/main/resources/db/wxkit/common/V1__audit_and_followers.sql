-- modules-common: the audit log and the follower states recorded from the callback's events.
-- Same file on H2, PostgreSQL and MariaDB; ${identity} is the one dialect difference.
CREATE TABLE wxkit_module_audit (
    id ${identity},
    at_ms BIGINT NOT NULL,
    module VARCHAR(32) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(64) NOT NULL,
    target VARCHAR(128) NOT NULL,
    outcome VARCHAR(64) NOT NULL
);
CREATE INDEX ix_wxkit_module_audit_module ON wxkit_module_audit (module, id);

CREATE TABLE wxkit_module_follower (
    openid VARCHAR(64) NOT NULL PRIMARY KEY,
    following BOOLEAN NOT NULL,
    -- the CreateTime of the event (or the fallback lookup) that set the state: older news never wins
    updated_ms BIGINT NOT NULL,
    source VARCHAR(16) NOT NULL
);
