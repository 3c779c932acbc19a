package io.wxkit.benchmarks.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the JMH CSV results of both jars ({@code -rf csv}) into one ratio table (Markdown) with the
 * issue 14/23 targets: {@code java -cp benchmarks.jar io.wxkit.benchmarks.shared.SideBySideTable a.csv b.csv ...}.
 */
public final class SideBySideTable {
    /** A path, the incumbent its target is set against, the minimum ratio and the allocation budget (B/op). */
    record Target(String method, String label, String against, double ratio, double maxBytes) {
    }

    record Score(double opsPerSecond, double error, double bytesPerOp) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("safeCallback", "safe-mode callback (verify, decrypt, parse, dedup, route, reply, encrypt)", "WxJava", 10, 8 * 1024),
            new Target("plainCallback", "plain callback (verify, parse, dedup, route, reply)", "WxJava", 25, 4 * 1024),
            new Target("paymentNotification", "Pay v3 payment notification (verify, decrypt, bind)", "wechatpay-java", 1.1, 19 * 1024),
            new Target("v2SignMd5", "Pay v2 MD5 sign, 13-field red packet", "WxJava", 1.2, Double.MAX_VALUE),
            new Target("v2SignHmacSha256", "Pay v2 HMAC-SHA256 sign, 13-field red packet", "WxJava", 1.2, Double.MAX_VALUE),
            new Target("token1Thread", "cached access token, 1 thread", "WxJava", 1, 1),
            new Target("token8Threads", "cached access token, 8 threads", "WxJava", 1, 1),
            new Target("token32Threads", "cached access token, 32 threads", "WxJava", 1, 1),
            new Target("templateJson", "template message JSON body", "WxJava", 1, Double.MAX_VALUE));

    static final Map<String, String> SIDES = Map.of("WxkitSideBySide", "wxkit", "WxJavaSideBySide", "WxJava",
            "WechatpayJavaSideBySide", "wechatpay-java", "JdkFloorSideBySide", "JDK floor");

    private SideBySideTable() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
        for (String file : args) {
            read(Files.readAllLines(Path.of(file)), scores);
        }
        System.out.print(render(scores));
    }

    /** Reads one JMH CSV: primary rows (ops/s) and their {@code gc.alloc.rate.norm} rows, keyed side → method. */
    static void read(List<String> lines, Map<String, Map<String, Score>> scores) {
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> cells = cells(line);
            if (cells.size() < 7) {
                continue;
            }
            String name = cells.get(0);
            boolean alloc = name.endsWith("gc.alloc.rate.norm");
            int colon = name.indexOf(':');
            String benchmark = colon < 0 ? name : name.substring(0, colon);
            if (colon >= 0 && !alloc) {
                continue;
            }
            String[] parts = benchmark.split("\\.");
            String side = SIDES.get(parts[parts.length - 2]);
            if (side == null) {
                continue;
            }
            String method = parts[parts.length - 1];
            double score = Double.parseDouble(cells.get(4));
            double error = cells.get(5).isEmpty() || cells.get(5).equals("NaN") ? Double.NaN : Double.parseDouble(cells.get(5));
            Map<String, Score> bySide = scores.computeIfAbsent(method, m -> new LinkedHashMap<>());
            Score old = bySide.getOrDefault(side, new Score(Double.NaN, Double.NaN, Double.NaN));
            bySide.put(side, alloc ? new Score(old.opsPerSecond(), old.error(), score) : new Score(score, error, old.bytesPerOp()));
        }
    }

    static String render(Map<String, Map<String, Score>> scores) {
        StringBuilder t = new StringBuilder();
        t.append("| path | wxkit ops/s | wxkit B/op | WxJava ops/s | WxJava B/op | wechatpay-java ops/s | wechatpay-java B/op "
                + "| JDK floor ops/s | JDK floor B/op | wxkit ÷ WxJava | wxkit ÷ wechatpay-java | wxkit ÷ floor | target | met |\n");
        t.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Target target : TARGETS) {
            Map<String, Score> bySide = scores.getOrDefault(target.method(), Map.of());
            Score wxkit = bySide.get("wxkit");
            t.append("| ").append(target.label());
            for (String side : List.of("wxkit", "WxJava", "wechatpay-java", "JDK floor")) {
                Score s = bySide.get(side);
                t.append(" | ").append(s == null ? "—" : ops(s)).append(" | ").append(s == null ? "—" : bytes(s.bytesPerOp()));
            }
            for (String side : List.of("WxJava", "wechatpay-java", "JDK floor")) {
                t.append(" | ").append(ratio(wxkit, bySide.get(side)));
            }
            t.append(" | ≥ ").append(target.ratio()).append("× ").append(target.against());
            if (target.maxBytes() < Double.MAX_VALUE) {
                t.append(", ≤ ").append(bytes(target.maxBytes())).append(" B/op");
            }
            t.append(" | ").append(verdict(target, bySide)).append(" |\n");
        }
        return t.toString();
    }

    static String verdict(Target target, Map<String, Score> bySide) {
        Score wxkit = bySide.get("wxkit");
        Score against = bySide.get(target.against());
        if (wxkit == null || against == null) {
            return "not measured";
        }
        List<String> misses = new ArrayList<>();
        if (wxkit.opsPerSecond() < target.ratio() * against.opsPerSecond()) {
            misses.add("speed");
        }
        if (wxkit.bytesPerOp() > target.maxBytes()) {
            misses.add("allocation");
        }
        for (String incumbent : List.of("WxJava", "wechatpay-java")) {
            Score s = bySide.get(incumbent);
            if (s != null && wxkit.opsPerSecond() < s.opsPerSecond()) {
                misses.add("slower than " + incumbent);
            }
        }
        return misses.isEmpty() ? "yes" : "**no** (" + String.join(", ", misses) + ")";
    }

    private static String ops(Score s) {
        String error = Double.isNaN(s.error()) ? "" : " ± " + human(s.error());
        return human(s.opsPerSecond()) + error;
    }

    private static String human(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String bytes(double b) {
        return Double.isNaN(b) ? "—" : String.format(Locale.ROOT, "%,.0f", b);
    }

    private static String ratio(Score wxkit, Score other) {
        if (wxkit == null || other == null || other.opsPerSecond() == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f×", wxkit.opsPerSecond() / other.opsPerSecond());
    }

    /** One CSV line (JMH quotes strings; no embedded quotes in benchmark names). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
