package io.wxkit.examples.admin.publish;

import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.mp.media.MediaType;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The cover every console article uses: drafts and mass-send news need a permanent thumb material, so one small
 * JPEG (drawn here, well under WeChat's 64 KB for thumbs) is uploaded per account on first use and remembered for
 * the app's lifetime. A real deployment would let the editor upload a cover; this is the demo's stand-in.
 */
@Component
class Covers {
    private final AdminAccounts accounts;
    private final Map<String, String> mediaIds = new ConcurrentHashMap<>();

    Covers(AdminAccounts accounts) {
        this.accounts = accounts;
    }

    String thumbMediaId(String appId) {
        return mediaIds.computeIfAbsent(appId, id -> {
            byte[] jpeg = jpeg();
            return accounts.mp(id).materials()
                    .add(MediaType.THUMB, "cover.jpg", new ByteArrayInputStream(jpeg), jpeg.length).mediaId();
        });
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x07c160));
        g.fillRect(0, 0, 200, 200);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("wxkit", 45, 112);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
