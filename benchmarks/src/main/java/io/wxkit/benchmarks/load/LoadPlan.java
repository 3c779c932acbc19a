package io.wxkit.benchmarks.load;

import java.time.Duration;
import java.util.List;

/**
 * What one run does: {@code users} virtual users, each with one request in flight, sending the weighted
 * {@code mix} to {@code target} for {@code duration} or until {@code maxRequests} have been sent, whichever
 * comes first; users start spread over {@code rampUp}; a request that takes longer than {@code timeout}
 * is an error.
 *
 * <p>{@code thinkTime} is the mean pause a user takes between two operations, as a person reads the page
 * before the next tap (exponentially distributed, so arrivals are as bursty as a population of independent
 * people; capped at ten times the mean). Zero is a closed loop with no pause: every user has a request in
 * flight all the time, a saturation test (N users then offer whatever the app can answer). The pause is never
 * part of a latency.
 */
public record LoadPlan(LoadTarget target, List<LoadOperation.Weighted> mix, int users, Duration duration,
                       long maxRequests, Duration rampUp, Duration timeout, Population population,
                       Duration thinkTime) {
    /** A plan with no pause between a user's operations (closed loop, saturation). */
    public LoadPlan(LoadTarget target, List<LoadOperation.Weighted> mix, int users, Duration duration,
                    long maxRequests, Duration rampUp, Duration timeout, Population population) {
        this(target, mix, users, duration, maxRequests, rampUp, timeout, population, Duration.ZERO);
    }

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
        if (thinkTime.isNegative() || thinkTime.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("thinkTime must be 0..60 s");
        }
        mix = List.copyOf(mix);
    }

    /** The same plan with another number of users (knee search). */
    public LoadPlan withUsers(int n) {
        return new LoadPlan(target, mix, n, duration, maxRequests, rampUp, timeout, population, thinkTime);
    }

    /** The same plan for another {@code length} of time (a warm-up step). */
    public LoadPlan withDuration(Duration length) {
        return new LoadPlan(target, mix, users, length, maxRequests, rampUp, timeout, population, thinkTime);
    }

    /** The same plan with users pausing {@code mean} on average between operations. */
    public LoadPlan withThinkTime(Duration mean) {
        return new LoadPlan(target, mix, users, duration, maxRequests, rampUp, timeout, population, mean);
    }

    /**
     * One user's pause before their next operation: exponential with mean {@link #thinkTime()}, at most ten
     * times the mean (a run is bounded; a user who wandered off for minutes would only thin the load), in
     * nanoseconds; 0 with no think time.
     */
    long pauseNanos(java.util.SplittableRandom random) {
        long mean = thinkTime.toNanos();
        if (mean == 0) {
            return 0;
        }
        double pause = -Math.log(1.0 - random.nextDouble()) * mean;
        return (long) Math.min(pause, 10.0 * mean);
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
