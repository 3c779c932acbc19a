package io.wxkit.benchmarks.load;

import java.util.List;
import java.util.Map;

/** What a run measured, per operation and in total; {@link #markdown()} prints it as a table. */
public record LoadReport(int users, double seconds, List<Row> rows, Row total, List<PostRunCheck.Outcome> checks,
                         String machine) {
    /** One operation (or the total): requests, errors, requests/s and latency percentiles in ms. */
    public record Row(String operation, long requests, long errors, double perSecond, double p50, double p95,
                      double p99, double max, Map<String, Long> errorKinds) {
        public double errorRate() {
            return requests == 0 ? 0 : errors / (double) requests;
        }
    }

    public LoadReport withChecks(List<PostRunCheck.Outcome> outcomes) {
        return new LoadReport(users, seconds, rows, total, List.copyOf(outcomes), machine);
    }

    /** Whether every post-run check held. */
    public boolean checksHold() {
        return checks.stream().allMatch(PostRunCheck.Outcome::holds);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("%d users, %.1f s; %s%n%n", users, seconds, machine));
        md.append("| operation | requests | req/s | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            line(md, r);
        }
        line(md, total);
        for (Row r : rows) {
            r.errorKinds().forEach((k, n) -> md.append(String.format("%n- %s: %,d × %s", r.operation(), n, k)));
        }
        for (PostRunCheck.Outcome c : checks) {
            md.append(String.format("%n- check %s: %s (%s)", c.name(), c.holds() ? "holds" : "FAILS", c.detail()));
        }
        return md.append('\n').toString();
    }

    private static void line(StringBuilder md, Row r) {
        md.append(String.format("| %s | %,d | %,.0f | %,d (%.2f %%) | %.1f | %.1f | %.1f | %.1f |%n", r.operation(),
                r.requests(), r.perSecond(), r.errors(), 100 * r.errorRate(), r.p50(), r.p95(), r.p99(), r.max()));
    }
}
