package io.wxkit.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The knee: runs the same plan at growing numbers of users and finds the first at which some operation's
 * p99 passes {@code threshold} (1 s in the issue). Stops at the knee: more users would only queue more.
 */
public final class KneeSearch {
    /** One step of the search. */
    public record Step(int users, LoadReport report, double worstP99) {
    }

    /** The steps run and the knee, empty when no step passed the threshold. */
    public record Result(List<Step> steps, Optional<Integer> knee, Duration threshold) {
        public String markdown() {
            StringBuilder md = new StringBuilder("| users | req/s | errors | p50 ms (all) | p99 ms (all) | worst operation p99 ms |\n"
                    + "|---|---|---|---|---|---|\n");
            for (Step s : steps) {
                LoadReport.Row t = s.report().total();
                md.append(String.format("| %d | %,.0f | %,d | %.1f | %.1f | %.1f |%n", s.users(), t.perSecond(), t.errors(),
                        t.p50(), t.p99(), s.worstP99()));
            }
            md.append(knee.map(k -> "\nknee: p99 passes " + threshold.toMillis() + " ms at " + k + " users\n")
                    .orElse("\nno knee up to " + steps.get(steps.size() - 1).users() + " users (p99 stayed under "
                            + threshold.toMillis() + " ms)\n"));
            return md.toString();
        }
    }

    private KneeSearch() {
    }

    public static Result run(LoadDriver driver, LoadPlan plan, int[] users, Duration threshold) throws InterruptedException {
        return run(driver, plan, users, threshold, Duration.ZERO);
    }

    /**
     * The search with a warm-up: when {@code warmUp} is positive, the first step's number of users runs that
     * long first and its report is printed as the warm-up and dropped, so the first measured step does not
     * carry a cold JVM's compilation (the app's and the driver's).
     */
    public static Result run(LoadDriver driver, LoadPlan plan, int[] users, Duration threshold, Duration warmUp)
            throws InterruptedException {
        if (!warmUp.isZero() && !warmUp.isNegative()) {
            LoadReport w = driver.run(plan.withUsers(users[0]).withDuration(warmUp));
            System.out.printf("  knee search: warm-up (not measured), %d users for %d s: %,.0f req/s, %d errors%n",
                    users[0], warmUp.toSeconds(), w.total().perSecond(), w.total().errors());
        }
        List<Step> steps = new ArrayList<>();
        double limitMs = threshold.toNanos() / 1e6;
        for (int n : users) {
            LoadReport r = driver.run(plan.withUsers(n));
            // the sign-in rows are each user's one-time setup, not the loop the knee is about
            double worst = r.rows().stream().filter(row -> row.requests() > 0 && !row.operation().startsWith("session:"))
                    .mapToDouble(LoadReport.Row::p99).max().orElse(0);
            steps.add(new Step(n, r, worst));
            System.out.printf("  knee search: %d users: %,.0f req/s, worst p99 %.1f ms, %d errors%n", n,
                    r.total().perSecond(), worst, r.total().errors());
            System.out.println(r.markdown());
            if (worst > limitMs) {
                return new Result(steps, Optional.of(n), threshold);
            }
        }
        return new Result(steps, Optional.empty(), threshold);
    }
}
