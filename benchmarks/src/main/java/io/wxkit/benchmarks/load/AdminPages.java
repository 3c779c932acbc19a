package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An admin console page load by a staff member. The console has a few staff, not one per phone user: the
 * virtual users share {@code desks} staff browsers, each signed in once per instance through the console's form
 * login (BCrypt: a login per request would measure the password hash, not the console), then load one of the
 * console's pages. Right when the page asked for comes back (not the login or the denied page).
 */
final class AdminPages implements LoadOperation {
    static final String STEP = "session: staff form login";
    private static final String ROLE = "staff";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final String username;
    private final String password;
    private final List<String> pages;
    private final VirtualUser[] desks;
    private final Map<String, CompletableFuture<Void>> logins = new ConcurrentHashMap<>();

    AdminPages(String username, String password, List<String> pages, int desks) {
        this.username = username;
        this.password = password;
        this.pages = List.copyOf(pages);
        this.desks = new VirtualUser[desks];
        for (int i = 0; i < desks; i++) {
            this.desks[i] = new VirtualUser(-1 - i, (String) null, i);
        }
    }

    @Override
    public String name() {
        return "admin console page";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        VirtualUser desk = desks[user.id() % desks.length];
        String page = pages.get(user.random().nextInt(pages.size()));
        long waited = System.nanoTime();
        CompletableFuture<Void> login = signedIn(x, base, desk);
        if (!login.isDone()) {
            // waiting for the desk's sign-in (this user's or another's) is setup, not the page load
            login = login.whenComplete((v, e) -> user.addSetup(System.nanoTime() - waited));
        }
        return login.thenCompose(v -> x.get(desk, ROLE, URI.create(base + page))).thenApply(r -> {
            if (r.statusCode() == 200 && r.uri().getPath().equals(page)) {
                return null;
            }
            if (r.uri().getPath().equals("/admin/login")) {
                logins.remove(desk.id() + "@" + base); // the session is gone: sign in again next time
            }
            return "HTTP " + r.statusCode() + " at " + r.uri().getPath();
        });
    }

    /** One login per staff browser and instance, shared by whoever needs it meanwhile. */
    private CompletableFuture<Void> signedIn(Exchange x, URI base, VirtualUser desk) {
        String key = desk.id() + "@" + base;
        CompletableFuture<Void> login = logins.computeIfAbsent(key, k -> start(x, base, desk));
        // a failed login (refused, timed out) is not kept: the next page load tries again
        return login.whenComplete((v, failure) -> {
            if (failure != null) {
                logins.remove(key, login);
            }
        });
    }

    private CompletableFuture<Void> start(Exchange x, URI base, VirtualUser desk) {
        long start = System.nanoTime();
        return x.get(desk, ROLE, URI.create(base + "/admin/login")).thenCompose(form -> {
            Matcher m = CSRF.matcher(form.body());
            if (!m.find()) {
                throw new IllegalStateException("no login form at " + form.uri().getPath());
            }
            String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
            return x.browse(desk, ROLE, HttpRequest.newBuilder(URI.create(base + "/admin/login")).timeout(Exchange.TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        }).thenAccept((HttpResponse<String> landed) -> {
            boolean ok = landed.statusCode() == 200 && landed.uri().getPath().startsWith("/admin") && !landed.uri().getPath().equals("/admin/login");
            x.record(STEP, System.nanoTime() - start, ok ? null : "login refused (HTTP " + landed.statusCode() + " at " + landed.uri() .getPath() + ")");
            if (!ok) {
                throw new IllegalStateException("the staff login was refused: check --admin-user and WXKIT_LOAD_ADMIN_PASSWORD");
            }
        });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
