package io.wxkit.benchmarks.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A PNG of latency against users from a knee search: p50 and p99 of all requests and the worst single operation's p99
 * (what the knee is judged on), log scale, the threshold in red.
 */
final class LoadChart {
    private static final int W = 900;
    private static final int H = 520;
    private static final int L = 80;
    private static final int R = 90;
    private static final int T = 60;
    private static final int B = 60;

    private LoadChart() {
    }

    static void write(KneeSearch.Result result, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<KneeSearch.Step> steps = result.steps();
        double thresholdMs = result.threshold().toMillis();
        double maxMs = thresholdMs * 2;
        for (KneeSearch.Step s : steps) {
            maxMs = Math.max(maxMs, Math.max(s.report().total().p99(), s.worstP99()));
        }
        double top = Math.ceil(Math.log10(maxMs));
        double bottom = -1;
        int maxUsers = steps.get(steps.size() - 1).users();
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.setColor(Color.BLACK);
            g.drawString("Latency vs virtual users (log scale)", L, 30);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (double log = bottom; log <= top; log++) {
                int y = y(Math.pow(10, log), bottom, top);
                g.setColor(new Color(0xDDDDDD));
                g.drawLine(L, y, W - R, y);
                g.setColor(Color.GRAY);
                g.drawString(Math.pow(10, log) < 1 ? "0.1 ms" : String.format("%.0f ms", Math.pow(10, log)), 10, y + 4);
            }
            for (KneeSearch.Step s : steps) {
                g.setColor(Color.GRAY);
                g.drawString(Integer.toString(s.users()), x(s.users(), maxUsers) - 8, H - B + 18);
            }
            g.drawString("users", W / 2, H - 15);
            int ty = y(thresholdMs, bottom, top);
            g.setColor(new Color(0xC53030));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            g.drawLine(L, ty, W - R, ty);
            g.drawString("p99 knee threshold " + (long) thresholdMs + " ms", L + 6, ty - 6);
            g.setStroke(new BasicStroke(2.5f));
            line(g, steps, maxUsers, bottom, top, KneeSearch.Step::worstP99, new Color(0x6B46C1), "worst op p99");
            line(g, steps, maxUsers, bottom, top, s -> s.report().total().p99(), new Color(0xC05621), "p99");
            line(g, steps, maxUsers, bottom, top, s -> s.report().total().p50(), new Color(0x2B6CB0), "p50");
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static void line(Graphics2D g, List<KneeSearch.Step> steps, int maxUsers, double bottom, double top,
                             java.util.function.ToDoubleFunction<KneeSearch.Step> ms, Color color, String label) {
        g.setColor(color);
        int px = -1;
        int py = -1;
        for (KneeSearch.Step s : steps) {
            int x = x(s.users(), maxUsers);
            int y = y(Math.max(ms.applyAsDouble(s), 0.1), bottom, top);
            g.fillOval(x - 4, y - 4, 8, 8);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        g.drawString(label, px + 6, py + 4);
    }

    private static int x(int users, int maxUsers) {
        return L + (int) Math.round((double) users / maxUsers * (W - L - R - 40));
    }

    private static int y(double ms, double bottom, double top) {
        return T + (int) Math.round((top - Math.log10(ms)) / (top - bottom) * (H - T - B));
    }
}
