package io.wxkit.benchmarks.scale;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * One ten-million-row data set: loads itself (resumably) through the module's own schema and names the
 * module calls that touch it.
 */
sealed interface Dataset permits ForumReplies, VoteBallots, SsoBindings, ShopOrders {
    /** A short name for tables, files and charts ({@code forum}, {@code vote}, ...). */
    String name();

    /** The rows of the big table committed so far. */
    long rows() throws SQLException;

    /** Loads until the big table holds {@code rows} (nothing to do when it already does). */
    void loadUpTo(long rows) throws SQLException;

    /** The measured calls, set up for the rows now loaded. */
    List<Operation> operations() throws SQLException;

    /** The capture on the module's Jdbi, to explain what each operation sent. */
    SqlCapture capture();

    /**
     * One measured module call. {@code call} returns the answer and throws when it is wrong (an empty page,
     * a missing binding): timing a broken query would measure nothing.
     */
    record Operation(String name, Supplier<?> call) {
    }

    /** Throws unless {@code ok}: the answers' checks. */
    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what + ": the load or the query is broken");
        }
    }
}
