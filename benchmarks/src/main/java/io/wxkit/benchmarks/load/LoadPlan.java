package io.wxkit.benchmarks.load;

import java.time.Duration;
import java.util.List;

/**
 * What one run does: {@code users} virtual users, each with one request in flight, sending the weighted
 * {@code mix} to {@code target} for {@code duration} or until {@code maxRequests} have been sent, whichever
 * comes first; users start spread over {@code rampUp}; a request that takes longer than {@code timeout}
 * is an error.
 */
public record LoadPlan(LoadTarget target, List<LoadOperation.Weighted> mix, int users, Duration duration,
                       long maxRequests, Duration rampUp, Duration timeout, Population population) {
    /** A plan whose users have synthetic openids (callbacks signed by the driver). */
    public LoadPlan(LoadTarget target, List<LoadOperation.Weighted> mix, int users, Duration duration,
                    long maxRequests, Duration rampUp, Duration timeout) {
        this(target, mix, users, duration, maxRequests, rampUp, timeout, Population.synthetic());
    }

    public LoadPlan {
        if (users < 1 || users > 5_000) {
            throw new IllegalArgumentException("users must be 1..5000");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("duration must be positive and at most 30 minutes (runs are bounded)");
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be positive (runs are bounded)");
        }
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("the mix is empty");
        }
        mix = List.copyOf(mix);
    }

    /** The same plan with another number of users (knee search). */
    public LoadPlan withUsers(int n) {
        return new LoadPlan(target, mix, n, duration, maxRequests, rampUp, timeout, population);
    }

    /** Picks an operation by weight. */
    LoadOperation pick(java.util.SplittableRandom random) {
        int total = 0;
        for (LoadOperation.Weighted w : mix) {
            total += w.weight();
        }
        int r = random.nextInt(total);
        for (LoadOperation.Weighted w : mix) {
            r -= w.weight();
            if (r < 0) {
                return w.operation();
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + total);
    }
}
