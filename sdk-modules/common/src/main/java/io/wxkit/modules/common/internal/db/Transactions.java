package io.wxkit.modules.common.internal.db;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs module transactions at READ COMMITTED on every database (MariaDB's default is REPEATABLE READ) and
 * re-runs the whole callback when a concurrent writer made it fail: a unique-key race, a deadlock or a lock
 * timeout. The callback therefore must have no side effect outside the database (WeChat calls happen
 * after commit) and must re-read what it decides on, so that a retry after a lost race sees the winner's
 * row and answers "already done" from the database's own state.
 *
 * <pre>{@code
 * Ballot b = transactions.run(h -> ballots.insert(h, ...));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Transactions {
    /** Attempts before giving up with {@code BUSY}; each attempt is one short transaction. */
    public static final int DEFAULT_ATTEMPTS = 25;
    private final Jdbi jdbi;
    private final int attempts;

    private Transactions(Jdbi jdbi, int attempts) {
        this.jdbi = jdbi;
        this.attempts = attempts;
    }

    /** Transactions on {@code jdbi} with {@value #DEFAULT_ATTEMPTS} attempts. */
    public static Transactions on(Jdbi jdbi) {
        return new Transactions(Objects.requireNonNull(jdbi, "jdbi"), DEFAULT_ATTEMPTS);
    }

    /**
     * Runs {@code callback} in one transaction and returns its result, retrying on unique violations and
     * transient failures. A {@link ModuleException} thrown by the callback rolls back and propagates as is.
     *
     * @throws ModuleException {@code BUSY} when every attempt lost a race (nothing was committed)
     */
    public <T> T run(HandleCallback<T, RuntimeException> callback) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, callback);
            } catch (ModuleException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!SqlErrors.isUniqueViolation(e) && !SqlErrors.isTransient(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw new ModuleException(CommonError.BUSY, "the database refused the write " + attempts
                + " times because of concurrent writers; nothing was stored", last);
    }

    /** As {@link #run(HandleCallback)} for callbacks without a result. */
    public void use(java.util.function.Consumer<Handle> callback) {
        run(h -> {
            callback.accept(h);
            return null;
        });
    }
}
