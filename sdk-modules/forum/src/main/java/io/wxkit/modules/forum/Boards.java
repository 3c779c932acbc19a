package io.wxkit.modules.forum;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import java.util.List;

/**
 * Boards (版块) and who moderates them. Creating boards and appointing administrators is the operator's
 * server-side code; administrators then appoint board moderators from their phones with their own openid.
 *
 * <pre>{@code
 * Board board = forum.boards().create("General", "Anything goes", 10);
 * forum.boards().grantAdmin("oAdmin");                              // bootstrap, operator code
 * forum.boards().grantModerator("oAdmin", board.id(), "oModerator"); // an admin's own action
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link ForumModule#boards()}.
 */
public final class Boards {
    private final ModuleContext context;
    private final Transactions tx;

    Boards(ModuleContext context) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Creates a board named {@code name} (1-64 characters) with an optional {@code description} (at most 500)
     * listed at {@code sortOrder}.
     *
     * @param name 1-64 characters after trimming, no control characters
     * @param description at most 500 characters after trimming, or {@code null} (blank counts as none)
     * @param sortOrder the list position; lower first, ties by id
     * @return the board, with 0 threads
     * @throws ModuleException {@code INVALID_BOARD}
     */
    public Board create(String name, String description, int sortOrder) {
        String n = boardText("name", name, 64);
        String d = description == null || description.isBlank() ? null : boardText("description", description, 500);
        long id = tx.run(h -> h.createUpdate("INSERT INTO wxkit_forum_board (name, description, sort_order, threads, created_at)"
                        + " VALUES (:name, :description, :order, 0, :now)")
                .bind("name", n).bind("description", d).bind("order", sortOrder).bind("now", context.clock().millis())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Board(id, n, d, sortOrder, 0);
    }

    /**
     * Every board, by sort order then id (a forum has tens of boards, not thousands: no paging).
     *
     * @return the boards, each with its thread count
     */
    public List<Board> list() {
        return context.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, name, description, sort_order, threads FROM wxkit_forum_board ORDER BY sort_order, id")
                .map(Rows.BOARD).list());
    }

    /**
     * The board {@code id}.
     *
     * @param id the board's id
     * @return the board
     * @throws ModuleException {@code BOARD_NOT_FOUND}
     */
    public Board find(long id) {
        return context.jdbi().withHandle(h -> Rows.board(h, id));
    }

    /**
     * Makes {@code openid} a forum administrator (moderates every board). Operator code only: no actor check.
     *
     * @param openid 1-64 characters of {@code [A-Za-z0-9_-]}; granting twice is a no-op
     * @throws ModuleException {@code INVALID_INPUT} if {@code openid} is malformed
     */
    public void grantAdmin(String openid) {
        Participant.requireId("openid", openid);
        insertModerator(Gate.FORUM_WIDE, openid, "operator");
    }

    /**
     * {@code admin}, a forum administrator, makes {@code openid} a moderator of board {@code boardId}.
     *
     * @param admin the acting administrator's openid
     * @param boardId the board's id
     * @param openid the new moderator's openid, 1-64 characters of {@code [A-Za-z0-9_-]}; granting twice is a no-op
     * @throws ModuleException {@code NOT_MODERATOR} if {@code admin} is not an administrator, {@code BOARD_NOT_FOUND}
     */
    public void grantModerator(String admin, long boardId, String openid) {
        Participant.requireId("openid", openid);
        tx.use(h -> {
            Gate.requireAdmin(h, admin);
            Rows.board(h, boardId);
        });
        insertModerator(boardId, openid, admin);
    }

    /**
     * {@code admin} removes {@code openid} from the moderators of {@code boardId}; whether they were one.
     *
     * @param admin the acting administrator's openid
     * @param boardId the board's id
     * @param openid the moderator's openid
     * @return true if {@code openid} was a moderator of the board
     * @throws ModuleException {@code NOT_MODERATOR} if {@code admin} is not an administrator
     */
    public boolean revokeModerator(String admin, long boardId, String openid) {
        return tx.run(h -> {
            Gate.requireAdmin(h, admin);
            int n = h.createUpdate("DELETE FROM wxkit_forum_moderator WHERE board_id = :board AND openid = :openid")
                    .bind("board", boardId).bind("openid", openid).execute();
            context.audit().record(h, AuditEntry.of(ForumModule.NAME, admin, "moderator.revoke", boardId + ":" + openid,
                    n > 0 ? "revoked" : "not a moderator"));
            return n > 0;
        });
    }

    /**
     * Whether {@code openid} moderates {@code boardId} (directly or as an administrator).
     *
     * @param boardId the board's id
     * @param openid the user's openid
     * @return true if {@code openid} moderates the board or the whole forum
     */
    public boolean isModerator(long boardId, String openid) {
        return context.jdbi().withHandle(h -> Gate.isModerator(h, boardId, openid));
    }

    private void insertModerator(long boardId, String openid, String actor) {
        // a lost race re-runs the transaction, which then sees the winner's row: granting twice is a no-op
        tx.use(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM wxkit_forum_moderator WHERE board_id = :board AND openid = :openid")
                    .bind("board", boardId).bind("openid", openid).mapTo(Integer.class).one() > 0;
            if (exists) {
                return;
            }
            h.createUpdate("INSERT INTO wxkit_forum_moderator (board_id, openid, granted_at) VALUES (:board, :openid, :now)")
                    .bind("board", boardId).bind("openid", openid).bind("now", context.clock().millis()).execute();
            context.audit().record(h, AuditEntry.of(ForumModule.NAME, actor, "moderator.grant", boardId + ":" + openid, "granted"));
        });
    }

    private static String boardText(String field, String value, int max) {
        try {
            return ForumLimits.text(field, value, max);
        } catch (ModuleException e) {
            throw new ModuleException(ForumError.INVALID_BOARD, "board " + e.detail());
        }
    }
}
