package io.wxkit.emulator.internal.web;

import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The browser side of the emulator: {@code /emulator/} (a phone-like chat with an Official Account as one fake
 * user: follow, type, bottom menu, bubbles, news and template cards, in-page web view for OAuth, pay sheet)
 * and {@code /emulator/pay/h5} (the H5 cashier an {@code h5_url} points to). Plain HTML, CSS and JavaScript
 * served from the classpath; they talk to the control API only.
 */
public final class WebEndpoints {
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "pay.html", "text/html; charset=utf-8",
            "phone.css", "text/css; charset=utf-8",
            "phone.js", "application/javascript; charset=utf-8");

    /** Registers the routes. */
    public void routes(Router router) {
        router.get("/emulator/", r -> file("index.html"));
        router.get("/emulator", r -> Answer.redirect("/emulator/"));
        router.get("/emulator/pay/h5", r -> file("pay.html"));
        router.get("/emulator/static/{file}", this::staticFile);
    }

    private Answer staticFile(Request r) {
        String name = r.pathParam("file");
        return FILES.containsKey(name) ? file(name) : Answer.text(404, "not found");
    }

    private static Answer file(String name) {
        try (InputStream in = WebEndpoints.class.getResourceAsStream(name)) {
            if (in == null) {
                return Answer.text(404, "missing resource " + name);
            }
            return Answer.bytes(200, FILES.get(name), in.readAllBytes()).withHeader("Cache-Control", "no-cache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
