package io.wxkit.examples.news;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A small JPEG cover for a demo article, drawn here so the repository carries no binary assets: WeChat's drafts
 * need a permanent "thumb" material (JPG, at most 64 KB) as each article's cover.
 */
final class CoverImage {

    private CoverImage() {
    }

    static byte[] jpeg(int rgb, int seed) {
        BufferedImage image = new BufferedImage(360, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(rgb));
            g.fillRect(0, 0, 360, 200);
            g.setColor(new Color(255, 255, 255, 90));
            for (int i = 0; i < 5; i++) {
                int size = 40 + ((seed * 37 + i * 53) % 90);
                g.fillOval((seed * 71 + i * 83) % 320, (seed * 29 + i * 47) % 160, size, size);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("this JDK cannot write JPEG");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
