package io.wxkit.examples.admin.users;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.business.SsoBeans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs binding imports off the request thread, one at a time (imports write the same bindings table, so running
 * them side by side would only race), and keeps the latest {@link #KEPT} jobs in memory for their pages: an
 * import's outcome is also in the audit logs (the console's and the broker's), which is what lasts.
 */
@Component
class ImportJobs implements DisposableBean {
    static final int KEPT = 50;

    private final SsoBeans sso;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, ImportJob> jobs = new LinkedHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "admin-binding-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(SsoBeans sso, AuditLog audit) {
        this.sso = sso;
        this.audit = audit;
    }

    /** Queues the import of {@code upload} (a temporary copy, deleted when done); answers the job id at once. */
    long start(Path upload, String fileName, String staff) throws IOException {
        var broker = sso.broker();
        ImportJob job = new ImportJob(ids.incrementAndGet(), fileName, staff, clock.instant(), Files.size(upload));
        synchronized (jobs) {
            jobs.put(job.id(), job);
            if (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        executor.execute(() -> {
            try (InputStream in = Files.newInputStream(upload)) {
                new BindingImport(broker, staff, job).run(in);
            } catch (IOException | RuntimeException e) {
                job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } finally {
                deleteQuietly(upload);
            }
            try {
                ImportJob.Snapshot done = job.snapshot();
                audit.record(staff, "bindings.import", "job #" + job.id() + " " + fileName + ": "
                        + (done.failure() == null ? "finished" : "failed: " + done.failure())
                        + " imported=" + done.imported() + " unchanged=" + done.unchanged() + " rejected=" + done.rejected());
            } finally {
                // finished only once audited: whoever sees the job done finds its audit entry too
                job.finished();
            }
        });
        return job.id();
    }

    Optional<ImportJob.Snapshot> find(long id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(ImportJob::snapshot);
        }
    }

    java.util.List<ImportJob.Snapshot> latest() {
        synchronized (jobs) {
            java.util.List<ImportJob.Snapshot> newestFirst = new java.util.ArrayList<>(jobs.values().stream()
                    .map(ImportJob::snapshot).toList());
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file the OS cleans; the import's outcome does not depend on it
            file.toFile().deleteOnExit();
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
