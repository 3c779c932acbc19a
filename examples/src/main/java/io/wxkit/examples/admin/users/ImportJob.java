package io.wxkit.examples.admin.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV import of bindings, as it runs: written by the import thread, read by the job page's polls. Progress is
 * bytes read of the uploaded file (the number of lines is not known until the end: the file is streamed). The
 * refused lines are kept up to {@link #MAX_KEPT_ERRORS}; past that only counted, so a huge bad file cannot exhaust
 * memory.
 */
final class ImportJob {
    static final int MAX_KEPT_ERRORS = 1000;

    /** A refused line: its number (1-based, as an editor shows it) and why. */
    record LineError(long line, String reason) {
    }

    /** A consistent copy of the job for a page or a poll. */
    record Snapshot(long id, String fileName, String startedBy, Instant startedAt, String state, int percent,
                    long lines, long imported, long unchanged, long rejected, List<LineError> errors, String failure) {
    }

    private final long id;
    private final String fileName;
    private final String startedBy;
    private final Instant startedAt;
    private final long size;
    private long bytesRead;
    private long lines;
    private long imported;
    private long unchanged;
    private long rejected;
    private final List<LineError> errors = new ArrayList<>();
    private boolean finished;
    private String failure;

    ImportJob(long id, String fileName, String startedBy, Instant startedAt, long size) {
        this.id = id;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.size = size;
    }

    long id() {
        return id;
    }

    synchronized void read(long bytes) {
        bytesRead = bytes;
        lines++;
    }

    synchronized void imported() {
        imported++;
    }

    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void rejected(long line, String reason) {
        rejected++;
        if (errors.size() < MAX_KEPT_ERRORS) {
            errors.add(new LineError(line, reason));
        }
    }

    synchronized void finished() {
        finished = true;
        bytesRead = size;
    }

    /** The run stopped early (an unreadable upload); {@link #finished()} still follows. */
    synchronized void failed(String reason) {
        failure = reason;
    }

    synchronized Snapshot snapshot() {
        int percent = finished ? 100 : size == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / size);
        String state = !finished ? "running" : failure != null ? "failed" : "finished";
        return new Snapshot(id, fileName, startedBy, startedAt, state, percent, lines, imported, unchanged, rejected,
                List.copyOf(errors), failure);
    }
}
