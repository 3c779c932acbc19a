-- wxkit sso, issue 16: the business-interface registry (业务接口设置). One row per interface with its
-- current definition (JSON text written and read by the module only), one row per version in the history,
-- and one revision counter every change increments in the same transaction: other nodes compare it to
-- know when to reload (hot reload without a restart). Times as epoch milliseconds, like V1.

CREATE TABLE sso_interface (
    id          VARCHAR(32)    NOT NULL,
    name        VARCHAR(100)   NOT NULL,
    client_id   VARCHAR(64)    NOT NULL,
    position    INT            NOT NULL,
    enabled     INT            NOT NULL,
    version     INT            NOT NULL,
    definition  VARCHAR(12000) NOT NULL,
    updated_by  VARCHAR(128)   NOT NULL,
    created_at  BIGINT         NOT NULL,
    updated_at  BIGINT         NOT NULL,
    CONSTRAINT pk_sso_interface PRIMARY KEY (id),
    CONSTRAINT uq_sso_interface_name UNIQUE (name)
);

-- the version history: (id, version) is the primary key, so two writers can never both record version n
CREATE TABLE sso_interface_version (
    interface_id VARCHAR(32)    NOT NULL,
    version      INT            NOT NULL,
    change_kind  VARCHAR(16)    NOT NULL,
    position     INT            NOT NULL,
    enabled      INT            NOT NULL,
    definition   VARCHAR(12000) NOT NULL,
    changed_by   VARCHAR(128)   NOT NULL,
    changed_at   BIGINT         NOT NULL,
    CONSTRAINT pk_sso_interface_version PRIMARY KEY (interface_id, version)
);

CREATE TABLE sso_interface_revision (
    id       INT    NOT NULL,
    revision BIGINT NOT NULL,
    CONSTRAINT pk_sso_interface_revision PRIMARY KEY (id)
);
INSERT INTO sso_interface_revision (id, revision) VALUES (1, 0);
