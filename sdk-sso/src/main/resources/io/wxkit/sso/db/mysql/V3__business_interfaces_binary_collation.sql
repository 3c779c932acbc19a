-- MariaDB/MySQL compare VARCHAR case-insensitively by default: interface names and ids are
-- case-sensitive keys (same reason as V1_1 for the SSO tables).
ALTER TABLE sso_interface CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE sso_interface_version CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
