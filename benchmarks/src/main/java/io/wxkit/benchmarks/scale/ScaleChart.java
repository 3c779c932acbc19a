package io.wxkit.benchmarks.scale;

import io.wxkit.benchmarks.scale.ScaleBenchmark.Result;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A PNG of the latencies, first size against last, per operation: horizontal bars on a log scale (p99 light,
 * p50 dark inside it), the 20 ms target as a red line. java.awt in headless mode; no chart library.
 */
final class ScaleChart {
    private static final int WIDTH = 1200;
    private static final int LEFT = 430;
    private static final int RIGHT = 130;
    private static final int ROW = 46;
    private static final int TOP = 70;
    private static final double MIN_MS = 0.01;
    private static final Color[] P99 = {new Color(0x9EC5E8), new Color(0xF5B98A)};
    private static final Color[] P50 = {new Color(0x2B6CB0), new Color(0xC05621)};

    private ScaleChart() {
    }

    static void write(List<Result> results, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<List<Result>> rows = new ArrayList<>(ScaleReport.byOperation(results).values());
        double maxMs = 20;
        for (Result r : results) {
            maxMs = Math.max(maxMs, r.timing().p99());
        }
        double maxLog = Math.ceil(Math.log10(maxMs));
        int height = TOP + rows.size() * ROW + 60;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            Scale x = new Scale(Math.log10(MIN_MS), maxLog);
            axis(g, x, height);
            legend(g, rows);
            for (int i = 0; i < rows.size(); i++) {
                List<Result> runs = rows.get(i);
                List<Result> shown = runs.size() == 1 ? runs : List.of(runs.get(0), runs.get(runs.size() - 1));
                int y = TOP + i * ROW;
                g.setColor(Color.DARK_GRAY);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
                g.drawString(clip(runs.get(runs.size() - 1).timing().operation()), 10, y + 24);
                for (int s = 0; s < shown.size(); s++) {
                    bar(g, x, y + 6 + s * 18, shown.get(s), s);
                }
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", png.toFile());
    }

    /** Maps log10(ms) to pixels. */
    private record Scale(double fromLog, double toLog) {
        int px(double ms) {
            double log = Math.log10(Math.max(ms, MIN_MS));
            return LEFT + (int) Math.round((log - fromLog) / (toLog - fromLog) * (WIDTH - LEFT - RIGHT));
        }
    }

    private static void bar(Graphics2D g, Scale x, int y, Result r, int stage) {
        g.setColor(P99[stage]);
        g.fillRect(LEFT, y, x.px(r.timing().p99()) - LEFT, 16);
        g.setColor(P50[stage]);
        g.fillRect(LEFT, y + 4, x.px(r.timing().p50()) - LEFT, 8);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(String.format("%.2f / %.2f ms", r.timing().p50(), r.timing().p99()), x.px(r.timing().p99()) + 4, y + 12);
    }

    private static void axis(Graphics2D g, Scale x, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double log = x.fromLog(); log <= x.toLog() + 1e-9; log++) {
            double ms = Math.pow(10, log);
            int px = x.px(ms);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(px, TOP - 5, px, height - 45);
            g.setColor(Color.GRAY);
            g.drawString(ms < 1 ? String.format("%.2f ms", ms) : String.format("%.0f ms", ms), px - 18, height - 30);
        }
        int target = x.px(ScaleReport.P99_TARGET_MS);
        g.setColor(new Color(0xC53030));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.drawLine(target, TOP - 5, target, height - 45);
        g.setStroke(new BasicStroke(1f));
        g.drawString("p99 target 20 ms", target + 4, height - 48);
    }

    private static void legend(Graphics2D g, List<List<Result>> rows) {
        List<Result> any = rows.get(0);
        long first = any.get(0).rows();
        long last = any.get(any.size() - 1).rows();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString("wxkit modules on PostgreSQL: latency per call, " + rowsLabel(first) + " vs " + rowsLabel(last)
                + " rows (log scale)", 10, 26);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        String[] labels = {rowsLabel(first) + " rows", rowsLabel(last) + " rows"};
        for (int s = 0; s < 2; s++) {
            int lx = 10 + s * 220;
            g.setColor(P99[s]);
            g.fillRect(lx, 38, 28, 14);
            g.setColor(P50[s]);
            g.fillRect(lx, 42, 28, 6);
            g.setColor(Color.DARK_GRAY);
            g.drawString(labels[s] + ": p50 (dark) / p99", lx + 34, 50);
        }
    }

    static String rowsLabel(long rows) {
        if (rows >= 1_000_000 && rows % 1_000_000 == 0) {
            return rows / 1_000_000 + " M";
        }
        if (rows >= 1_000 && rows % 1_000 == 0) {
            return rows / 1_000 + " k";
        }
        return String.format("%,d", rows);
    }

    private static String clip(String s) {
        return s.length() <= 58 ? s : s.substring(0, 57) + "…";
    }
}
