-- wxkit sso: client registry, identity bindings, sessions, audit trail.
-- Portable SQL for H2, PostgreSQL and MariaDB/MySQL: no identity columns, times as epoch milliseconds
-- (BIGINT) so no driver or server time zone ever shifts them.

CREATE TABLE sso_client (
    client_id            VARCHAR(64)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    secret_hash          VARCHAR(200)  NOT NULL,
    previous_secret_hash VARCHAR(200),
    previous_valid_until BIGINT,
    redirect_uris        VARCHAR(4000) NOT NULL,
    claims               VARCHAR(200)  NOT NULL,
    verify_url           VARCHAR(2000),
    signing_version      INT           NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    created_at           BIGINT        NOT NULL,
    updated_at           BIGINT        NOT NULL,
    CONSTRAINT pk_sso_client PRIMARY KEY (client_id)
);

-- one openid <-> one account per business system: the primary key and the unique key say it
CREATE TABLE sso_binding (
    client_id  VARCHAR(64)  NOT NULL,
    openid     VARCHAR(64)  NOT NULL,
    account_id VARCHAR(128) NOT NULL,
    unionid    VARCHAR(64),
    status     VARCHAR(16)  NOT NULL,
    method     VARCHAR(16)  NOT NULL,
    bound_by   VARCHAR(128) NOT NULL,
    bound_at   BIGINT       NOT NULL,
    CONSTRAINT pk_sso_binding PRIMARY KEY (client_id, openid),
    CONSTRAINT uq_sso_binding_account UNIQUE (client_id, account_id)
);
CREATE INDEX ix_sso_binding_openid ON sso_binding (openid);

CREATE TABLE sso_session (
    session_hash VARCHAR(64) NOT NULL,
    client_id    VARCHAR(64) NOT NULL,
    openid       VARCHAR(64) NOT NULL,
    created_at   BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL,
    revoked_at   BIGINT,
    CONSTRAINT pk_sso_session PRIMARY KEY (session_hash)
);
CREATE INDEX ix_sso_session_user ON sso_session (client_id, openid);

CREATE TABLE sso_audit (
    id         VARCHAR(32)  NOT NULL,
    at_millis  BIGINT       NOT NULL,
    actor      VARCHAR(128) NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    outcome    VARCHAR(32)  NOT NULL,
    client_id  VARCHAR(64),
    openid     VARCHAR(64),
    account_id VARCHAR(128),
    ip         VARCHAR(64),
    detail     VARCHAR(500),
    CONSTRAINT pk_sso_audit PRIMARY KEY (id)
);
CREATE INDEX ix_sso_audit_at ON sso_audit (at_millis);
