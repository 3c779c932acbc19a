package io.wxkit.modules.forum;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * The forum module (微论坛): boards with order and description, threads, replies (flat with quote, or one
 * level nested), likes, view counts, pin / lock / soft delete with reason, bans, board moderators, content
 * length limits, a pluggable content filter ({@link SensitiveWords} out of the box), template-message
 * notifications of new replies, keyset listings that stay fast at tens of millions of replies, and search.
 * Users are WeChat users, known by openid.
 *
 * <pre>{@code
 * ForumModule forum = ForumModule.create(context, ForumOptions.defaults().filter(SensitiveWords.of(words)));
 * Board board = forum.boards().create("General", null, 1);
 * ForumThread t = forum.threads().post(board.id(), Participant.of(openid), ip, "Hello", "First post");
 * forum.replies().post(t.id(), Participant.of(other), ip, "Welcome!", ReplyTo.thread());
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per application.
 */
public final class ForumModule {
    /** The module name: migrations in {@code db/wxkit/forum}, history in {@code wxkit_forum_schema_history}. */
    public static final String NAME = "forum";
    private final ModuleContext context;
    private final Boards boards;
    private final Threads threads;
    private final Replies replies;
    private final Likes likes;
    private final Moderation moderation;
    private final Search search;

    private ForumModule(ModuleContext context, ForumOptions options, boolean postgres) {
        this.context = context;
        Gate gate = new Gate(context, options);
        this.boards = new Boards(context);
        this.threads = new Threads(context, gate);
        this.replies = new Replies(context, gate, options);
        this.likes = new Likes(context, gate);
        this.moderation = new Moderation(context);
        this.search = new Search(context, postgres);
    }

    /**
     * The module with {@link ForumOptions#defaults()}.
     *
     * @param context the database, clock, zone and WeChat hooks the module uses; not null
     * @return the module
     * @throws NullPointerException if {@code context} is null
     */
    public static ForumModule create(ModuleContext context) {
        return create(context, ForumOptions.defaults());
    }

    /**
     * Applies the forum migrations to the context's database (and, on PostgreSQL, the full-text index) and
     * returns the module.
     *
     * @param context the database, clock, zone and WeChat hooks the module uses; not null
     * @param options the limits, filter and notification; not null
     * @return the module
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the database cannot be reached to tell its product
     */
    public static ForumModule create(ModuleContext context, ForumOptions options) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(options, "options");
        ModuleDatabase.migrate(context.dataSource(), NAME);
        boolean postgres = isPostgres(context);
        if (postgres) {
            // the one PostgreSQL-only object: the migration files are the same on every database
            context.jdbi().useHandle(h -> h.execute("CREATE INDEX IF NOT EXISTS ix_wxkit_forum_thread_fts"
                    + " ON wxkit_forum_thread USING GIN (" + Search.DOCUMENT + ")"));
        }
        return new ForumModule(context, options, postgres);
    }

    private static boolean isPostgres(ModuleContext context) {
        try (Connection c = context.dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the forum database", e);
        }
    }

    /**
     * Boards and moderators.
     *
     * <p>{@code Board b = forum.boards().create("General", null, 1);}
     *
     * @return the boards API (one instance per module)
     */
    public Boards boards() {
        return boards;
    }

    /**
     * Threads: post, open, list, pinned.
     *
     * <p>{@code ForumThread t = forum.threads().open(threadId);}
     *
     * @return the threads API (one instance per module)
     */
    public Threads threads() {
        return threads;
    }

    /**
     * Replies: post, thread page, nested replies.
     *
     * <p>{@code forum.replies().post(threadId, Participant.of(openid), ip, "Welcome!", ReplyTo.thread());}
     *
     * @return the replies API (one instance per module)
     */
    public Replies replies() {
        return replies;
    }

    /**
     * Likes on threads and replies.
     *
     * <p>{@code long likes = forum.likes().likeThread(threadId, Participant.of(openid), ip);}
     *
     * @return the likes API (one instance per module)
     */
    public Likes likes() {
        return likes;
    }

    /**
     * Pin, lock, delete, ban.
     *
     * <p>{@code forum.moderation().pin(moderatorOpenid, threadId, true);}
     *
     * @return the moderation API (one instance per module)
     */
    public Moderation moderation() {
        return moderation;
    }

    /**
     * Thread search.
     *
     * <p>{@code Page<ForumThread> hits = forum.search().threads("welcome", PageRequest.first(20));}
     *
     * @return the search API (one instance per module)
     */
    public Search search() {
        return search;
    }

    /**
     * The context this module runs on.
     *
     * @return the context given to {@link #create}
     */
    public ModuleContext context() {
        return context;
    }
}
