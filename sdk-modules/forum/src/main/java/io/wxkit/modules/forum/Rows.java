package io.wxkit.modules.forum;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The row mappers and lookups the forum services share. */
final class Rows {
    static final String THREAD_COLUMNS = "id, board_id, author, title, body, pinned, locked, replies, likes, views,"
            + " created_at, last_reply_at";
    static final String REPLY_COLUMNS = "id, thread_id, parent_id, quote_id, author, body, likes, created_at, deleted_reason";
    static final RowMapper<ForumThread> THREAD = (rs, ctx) -> new ForumThread(rs.getLong("id"), rs.getLong("board_id"),
            rs.getString("author"), rs.getString("title"), rs.getString("body"), rs.getBoolean("pinned"),
            rs.getBoolean("locked"), rs.getLong("replies"), rs.getLong("likes"), rs.getLong("views"),
            Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("last_reply_at")));
    static final RowMapper<Reply> REPLY = (rs, ctx) -> reply(rs);
    static final RowMapper<Board> BOARD = (rs, ctx) -> new Board(rs.getLong("id"), rs.getString("name"),
            rs.getString("description"), rs.getInt("sort_order"), rs.getLong("threads"));

    private Rows() {
    }

    private static Reply reply(ResultSet rs) throws SQLException {
        Optional<String> reason = Optional.ofNullable(rs.getString("deleted_reason"));
        return new Reply(rs.getLong("id"), rs.getLong("thread_id"), optionalLong(rs, "parent_id"),
                optionalLong(rs, "quote_id"), rs.getString("author"), reason.isPresent() ? "" : rs.getString("body"),
                rs.getLong("likes"), Instant.ofEpochMilli(rs.getLong("created_at")), reason);
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    /** The live (not deleted) thread {@code id}. */
    static ForumThread thread(Handle h, long id) {
        return h.createQuery("SELECT " + THREAD_COLUMNS + " FROM wxkit_forum_thread WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(THREAD).findOne()
                .orElseThrow(() -> new ModuleException(ForumError.THREAD_NOT_FOUND, "no thread " + id));
    }

    /** The live reply {@code id}. */
    static Reply reply(Handle h, long id) {
        return h.createQuery("SELECT " + REPLY_COLUMNS + " FROM wxkit_forum_reply WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(REPLY).findOne()
                .orElseThrow(() -> new ModuleException(ForumError.REPLY_NOT_FOUND, "no reply " + id));
    }

    /** The board {@code id}. */
    static Board board(Handle h, long id) {
        return h.createQuery("SELECT id, name, description, sort_order, threads FROM wxkit_forum_board WHERE id = :id")
                .bind("id", id).map(BOARD).findOne()
                .orElseThrow(() -> new ModuleException(ForumError.BOARD_NOT_FOUND, "no board " + id));
    }

    /** Where an ascending listing resumes: after the cursor's id, or from the start. */
    static long ascendingAfter(PageRequest page) {
        return page.cursor() == null ? 0 : page.afterId();
    }

    /** A page of an ascending listing that fetched up to {@code size + 1} rows. */
    static Page<Reply> ascendingPage(List<Reply> fetched, PageRequest page) {
        if (fetched.size() <= page.size()) {
            return new Page<>(fetched, Optional.empty());
        }
        List<Reply> items = fetched.subList(0, page.size());
        // the same base-36 id PageRequest decodes, so a cursor from here is a valid PageRequest cursor
        return new Page<>(items, Optional.of(Long.toString(items.get(items.size() - 1).id(), 36)));
    }
}
