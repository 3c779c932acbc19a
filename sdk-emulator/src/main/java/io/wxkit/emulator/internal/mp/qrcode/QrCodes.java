package io.wxkit.emulator.internal.mp.qrcode;

import io.wxkit.emulator.internal.http.Resettable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The parametric QR codes each account created: ticket → scene. Thread-safe. */
public final class QrCodes implements Resettable {
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Code> byTicket = new HashMap<>();
    private final Map<String, String> ticketByScene = new HashMap<>();

    /** One QR code: its account, scene value, and expiry (null = permanent). */
    public record Code(String appId, String scene, Instant expiresAt) {
    }

    public QrCodes(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    synchronized String create(String appId, String scene, Instant expiresAt) {
        byte[] b = new byte[48];
        random.nextBytes(b);
        String ticket = "gQ" + Base64.getEncoder().encodeToString(b);
        byTicket.put(ticket, new Code(appId, scene, expiresAt));
        ticketByScene.put(appId + "/" + scene, ticket);
        return ticket;
    }

    /** The live code behind a ticket, or null. */
    public synchronized Code byTicket(String ticket) {
        Code c = ticket == null ? null : byTicket.get(ticket);
        return c == null || (c.expiresAt() != null && !clock.instant().isBefore(c.expiresAt())) ? null : c;
    }

    /** The newest live ticket for a scene of an account, or null when the app created none. */
    public synchronized String ticketFor(String appId, String scene) {
        String t = ticketByScene.get(appId + "/" + scene);
        return byTicket(t) == null ? null : t;
    }

    @Override
    public synchronized void reset() {
        byTicket.clear();
        ticketByScene.clear();
    }
}
