-- MariaDB/MySQL compare VARCHAR case-insensitively by default (utf8mb4_general_ci): openids, client ids
-- and account ids are case-sensitive, so "oAbc" and "oabc" must be two keys, never a false duplicate.
ALTER TABLE sso_client CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE sso_binding CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE sso_session CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE sso_audit CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
