package io.wxkit.examples.admin.publish;

import java.time.Instant;

/**
 * A mass send and how far it got. WeChat reports a send through one MASSSENDJOBFINISH event per call
 * ({@code msg_id}); a list of more than 10 000 openids is several calls ("chunks"), so progress is the share of
 * chunks WeChat has reported finished, and the counts are the sums of what those events said.
 */
public record MassJob(long id, String appId, String target, String message, int chunks, int finishedChunks,
                      int totalCount, int sentCount, int errorCount, String createdBy, Instant createdAt,
                      String failure) {
    /** 0–100; 100 once every chunk is reported (a job that failed to submit stays where it was). */
    public int percent() {
        return chunks == 0 ? 0 : Math.min(100, finishedChunks * 100 / chunks);
    }

    public String state() {
        if (failure != null) {
            return "failed";
        }
        if (chunks == 0) {
            return "submitting";
        }
        return finishedChunks >= chunks ? "finished" : "sending";
    }
}
