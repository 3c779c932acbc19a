package io.wxkit.benchmarks.scale;

import io.wxkit.benchmarks.scale.ScaleBenchmark.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results as one Markdown table: each operation at the first and the last size, the growth of p50 and
 * p99 between them and the verdict against the targets (p99 ≤ 20 ms at the last size, growth ≤ 1.5×, judged
 * on p50: the median is the query's cost, the p99 of a shared 2-core machine is mostly its scheduler).
 */
final class ScaleReport {
    static final double P99_TARGET_MS = 20;
    static final double GROWTH_TARGET = 1.5;

    private ScaleReport() {
    }

    /** Operation names carry sizes ("page 1 (250000 replies)"): the key drops them so stages line up. */
    static String key(Result r) {
        return r.dataset() + "|" + r.timing().operation().replaceAll("\\d+", "N");
    }

    /** Results grouped by operation, stages in run order. */
    static Map<String, List<Result>> byOperation(List<Result> results) {
        Map<String, List<Result>> by = new LinkedHashMap<>();
        for (Result r : results) {
            by.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }
        return by;
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(
            "^\\s+\\[(\\d+)] (\\w+): (.+?)\\s+p50\\s+([\\d.]+) ms\\s+p99\\s+([\\d.]+) ms\\s+max\\s+([\\d.]+) ms\\s+\\((\\d+) calls\\)$");

    /**
     * The results printed in run logs ({@code [rows] set: operation  p50 .. p99 .. max .. (n calls)}), in file
     * order; a later log's line for the same operation and size replaces an earlier one (a re-run after a
     * fix). This is how a report spans runs: the full run, then one data set measured again.
     */
    static List<Result> fromLogs(List<java.nio.file.Path> logs) throws java.io.IOException {
        Map<String, Result> by = new LinkedHashMap<>();
        for (java.nio.file.Path log : logs) {
            for (String line : java.nio.file.Files.readAllLines(log)) {
                java.util.regex.Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    String op = m.group(2) + ": " + m.group(3);
                    Result r = new Result(m.group(2), Long.parseLong(m.group(1)), new Latency.Timing(op,
                            Integer.parseInt(m.group(7)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                            Double.parseDouble(m.group(6))));
                    by.put(key(r) + "@" + r.rows(), r);
                }
            }
        }
        return new ArrayList<>(by.values());
    }

    static String markdown(List<Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("| operation (module call) | first: rows, p50 / p99 ms | last: rows, p50 / p99 / max ms |")
                .append(" growth p50 / p99 | target |\n|---|---|---|---|---|\n");
        for (List<Result> runs : byOperation(results).values()) {
            Result first = runs.get(0);
            Result last = runs.get(runs.size() - 1);
            double g50 = last.timing().p50() / first.timing().p50();
            double g99 = last.timing().p99() / first.timing().p99();
            boolean ok = last.timing().p99() <= P99_TARGET_MS && (runs.size() == 1 || g50 <= GROWTH_TARGET);
            md.append(String.format("| %s | %,d: %.3f / %.3f | %,d: %.3f / %.3f / %.1f | %s | %s |%n",
                    last.timing().operation(), first.rows(), first.timing().p50(), first.timing().p99(), last.rows(),
                    last.timing().p50(), last.timing().p99(), last.timing().max(),
                    runs.size() == 1 ? "—" : String.format("%.2f× / %.2f×", g50, g99), ok ? "met" : "**missed**"));
        }
        return md.toString();
    }
}
