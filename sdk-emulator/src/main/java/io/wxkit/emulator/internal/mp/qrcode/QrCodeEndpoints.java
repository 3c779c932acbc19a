package io.wxkit.emulator.internal.mp.qrcode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;

/**
 * Parametric QR codes (api-reference §10): {@code POST /cgi-bin/qrcode/create} with QR_SCENE / QR_STR_SCENE
 * (temporary, {@code expire_seconds} default 60, at most 2 592 000) or QR_LIMIT_SCENE (1–100 000) /
 * QR_LIMIT_STR_SCENE (1–64 characters), and {@code GET /cgi-bin/showqrcode?ticket=} which answers a PNG derived
 * from the ticket (header {@code X-Emulator-Scene} names the scene). The PNG is not a scannable QR symbol: fake
 * users "scan" through the control API.
 */
public final class QrCodeEndpoints {
    private static final long MAX_EXPIRE = 2_592_000;
    private final Tokens tokens;
    private final QrCodes codes;
    private final Clock clock;

    public QrCodeEndpoints(Tokens tokens, QrCodes codes, Clock clock) {
        this.tokens = tokens;
        this.codes = codes;
        this.clock = clock;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/qrcode/create", this::create);
        router.get("/cgi-bin/showqrcode", this::show);
    }

    private Answer create(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        String action = b.path("action_name").asText("");
        JsonNode scene = b.path("action_info").path("scene");
        boolean permanent = action.startsWith("QR_LIMIT_");
        String value = switch (action) {
            case "QR_SCENE" -> sceneId(scene, 1, 0xFFFF_FFFFL);
            case "QR_LIMIT_SCENE" -> sceneId(scene, 1, 100_000);
            case "QR_STR_SCENE", "QR_LIMIT_STR_SCENE" -> sceneStr(scene);
            default -> throw new ApiError(40097, "invalid args: action_name");
        };
        long expire = permanent ? 0 : Math.min(MAX_EXPIRE, b.path("expire_seconds").asLong(60));
        if (!permanent && expire <= 0) {
            throw new ApiError(40097, "invalid args: expire_seconds");
        }
        Instant expiresAt = permanent ? null : clock.instant().plus(Duration.ofSeconds(expire));
        String ticket = codes.create(appId, value, expiresAt);
        ObjectNode out = r.codec().object().put("ticket", ticket);
        if (!permanent) {
            out.put("expire_seconds", expire);
        }
        out.put("url", "http://weixin.qq.com/q/" + Integer.toHexString(ticket.hashCode()));
        return Answer.json(out);
    }

    private static String sceneId(JsonNode scene, long min, long max) {
        JsonNode id = scene.get("scene_id");
        if (id == null || !id.canConvertToLong() || id.asLong() < min || id.asLong() > max) {
            throw new ApiError(40097, "invalid args: scene_id");
        }
        return Long.toString(id.asLong());
    }

    private static String sceneStr(JsonNode scene) {
        String s = scene.path("scene_str").asText("");
        if (s.isEmpty() || s.length() > 64) {
            throw new ApiError(40097, "invalid args: scene_str");
        }
        return s;
    }

    private Answer show(Request r) {
        QrCodes.Code code = codes.byTicket(r.query("ticket"));
        if (code == null) {
            return Answer.text(404, "ticket unknown or expired");
        }
        return Answer.bytes(200, "image/png", card(r.query("ticket"))).withHeader("X-Emulator-Scene", code.scene());
    }

    /** A 21×21-module pattern derived from the ticket (finder squares in three corners); no fonts needed. */
    private static byte[] card(String ticket) {
        int scale = 8;
        int n = 21;
        BufferedImage img = new BufferedImage((n + 4) * scale, (n + 4) * scale, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            byte[] bits = sha256(ticket);
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int i = y * n + x;
                    boolean on = finder(x, y, n) || (bits[(i / 8) % bits.length] >> (i % 8) & 1) == 1;
                    if (on) {
                        g.fillRect((x + 2) * scale, (y + 2) * scale, scale, scale);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean finder(int x, int y, int n) {
        return square(x, y) || square(n - 1 - x, y) || square(x, n - 1 - y);
    }

    private static boolean square(int x, int y) {
        if (x > 6 || y > 6) {
            return false;
        }
        int d = Math.max(Math.abs(x - 3), Math.abs(y - 3));
        return d != 2 && d != 4;
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
