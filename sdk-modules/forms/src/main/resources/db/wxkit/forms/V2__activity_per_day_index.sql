-- The module activity the admin console charts per day (perDay, over io.wxkit.modules.common.internal.db.DayCounts):
-- one COUNT grouped by 15-minute bucket over a range of the timestamp column. Without an index on it that is a
-- scan of the whole table on every dashboard view; with it, a range scan of the days asked. Plain single-column
-- indexes: the same file on H2, PostgreSQL and MariaDB.
CREATE INDEX ix_wxkit_forms_submission_submitted_at ON wxkit_forms_submission (submitted_at);
