package io.wxkit.benchmarks.scale;

import io.wxkit.benchmarks.forum.ForumBenchLoader;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.forum.ForumModule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The forum's replies, loaded by {@link ForumBenchLoader} (every fourth reply in thread 1, so that thread
 * has a page 10,000 at 1 M rows already), read through {@code ForumModule}'s own paging.
 */
final class ForumReplies implements Dataset {
    static final int PAGE = 20;
    static final int DEEP_PAGE = 10_000;
    private final DataSource ds;
    private final ForumBenchLoader loader;
    private final ForumModule forum;
    private final SqlCapture capture;
    private final int threads;

    ForumReplies(DataSource ds, int threads) throws SQLException {
        this.ds = ds;
        ModuleContext context = ModuleContext.builder(ds).build();
        this.forum = ForumModule.create(context);
        this.capture = SqlCapture.on(context.jdbi());
        this.loader = new ForumBenchLoader(ds, 4);
        this.threads = threads;
    }

    @Override
    public String name() {
        return "forum";
    }

    @Override
    public long rows() throws SQLException {
        return loader.replies();
    }

    @Override
    public void loadUpTo(long rows) throws SQLException {
        loader.boardsAndThreads(threads);
        loader.repliesUpTo(rows);
    }

    @Override
    public SqlCapture capture() {
        return capture;
    }

    @Override
    public List<Operation> operations() throws SQLException {
        long hot = ForumBenchLoader.hotThread();
        long hotReplies = loader.hotReplies(rows());
        // page 10,000 when the thread has it (the smoke load is too small): the cursor is the last id of the page before
        int page = (int) Math.min(DEEP_PAGE, Math.max(2, hotReplies / PAGE - 1));
        String cursor = Long.toString(idAt("SELECT id FROM wxkit_forum_reply WHERE thread_id = " + hot
                + " ORDER BY id OFFSET " + ((long) (page - 1) * PAGE - 1) + " LIMIT 1"), 36);
        long typical = 2 + threads / 2;
        return List.of(
                new Operation("forum: thread page 1 (" + hotReplies + " replies)",
                        () -> full(forum.replies().list(hot, PageRequest.first(PAGE)))),
                new Operation("forum: thread page " + page + " (keyset)",
                        () -> full(forum.replies().list(hot, PageRequest.after(cursor, PAGE)))),
                new Operation("forum: typical thread page 1",
                        () -> some(forum.replies().list(typical, PageRequest.first(PAGE)))),
                new Operation("forum: board listing page 1",
                        () -> full(forum.threads().list(1, PageRequest.first(PAGE)))));
    }

    private static Page<?> full(Page<?> page) {
        Dataset.require(page.items().size() == PAGE, "a full page of " + PAGE);
        return page;
    }

    private static Page<?> some(Page<?> page) {
        Dataset.require(!page.items().isEmpty(), "a page with replies");
        return page;
    }

    private long idAt(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            Dataset.require(rs.next(), sql);
            return rs.getLong(1);
        }
    }
}
