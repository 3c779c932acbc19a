package io.wxkit.benchmarks.load;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Signing in to a demo business system through the SSO broker, as a person does on the phone: the system's
 * "微信登录" ({@code /biz/<client>/login}) sends the browser to the broker's {@code /sso/authorize}, which goes
 * through the service account's web authorization (the emulator) to {@code /sso/callback}, which sends the
 * browser back to the system with a one-time ticket; the system redeems it server to server and shows the user
 * signed in (or, for a user without a binding, the "not bound yet" page — a redeemed ticket all the same).
 *
 * <p>Every fourth sign-in then replays its ticket through a fresh sign-in state at the same instance: the broker
 * must refuse it (tickets live in Redis, so in two-instance mode the sign-in and the replay may each land on
 * either instance). Redemptions and refused replays are counted in the ledger for the post-run check.
 *
 * <p>Two instances stand for one public URL: the broker sends the browser back to the system's registered
 * callback, which names the public URL (instance A), and the system's sign-in state lives in the HTTP session of
 * the instance the user started on. A load balancer with sticky sessions routes that hop to the user's instance;
 * so does this step ({@link #onInstance}), as it does every other request of the user.
 */
final class SsoLogin extends AppStep {
    private final String client;

    SsoLogin(WeChatSession session, Ledger ledger, String client) {
        super(session, ledger);
        this.client = client;
    }

    @Override
    public String name() {
        return "SSO ticket redemption";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        ledger.user(user.openid());
        String callback = "/biz/" + client + "/callback";
        URI login = URI.create(base + "/biz/" + client + "/login");
        return x.browseUntil(user, WeChatSession.ROLE, login, u -> callback.equals(u.getPath()) && query(u, "ticket") != null)
                .thenApply(withTicket -> onInstance(base, withTicket))
                .thenCompose(withTicket -> x.get(user, WeChatSession.ROLE, withTicket).thenCompose(page -> {
                    String wrong = signedIn(page);
                    if (wrong != null) {
                        return CompletableFuture.completedFuture(wrong);
                    }
                    ledger.add("sso redeemed");
                    if (user.random().nextInt(4) != 0) {
                        return CompletableFuture.completedFuture(null);
                    }
                    return replay(x, base, user, query(withTicket, "ticket"));
                }));
    }

    /** {@code uri}'s path and query on the user's instance {@code base} (what a sticky load balancer does). */
    static URI onInstance(URI base, URI uri) {
        return URI.create(base + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The system's page after the redemption: signed in, or the "not bound yet" page. */
    private String signedIn(java.net.http.HttpResponse<String> page) {
        String body = page.body();
        for (String failed : new String[] {"登录失败", "登录已失效", "登录没有完成", "尚未在统一登录平台注册"}) {
            if (body.contains(failed)) {
                int at = body.indexOf(failed);
                return "the system did not sign the user in: " + body.substring(at, Math.min(body.length(), at + 40)).replaceAll("<[^>]*>", "");
            }
        }
        if (page.statusCode() != 200) {
            return "HTTP " + page.statusCode() + " at " + page.uri().getPath();
        }
        return body.contains("尚未绑定") || page.uri().getPath().equals("/biz/" + client + "/") ? null
                : "neither signed in nor the not-bound page at " + page.uri().getPath();
    }

    /** A used ticket through a new sign-in state: the broker must refuse it (the system shows 登录失败). */
    private CompletableFuture<String> replay(Exchange x, URI base, VirtualUser user, String ticket) {
        URI login = URI.create(base + "/biz/" + client + "/login");
        return x.browseUntil(user, WeChatSession.ROLE, login, u -> u.getPath().endsWith("/sso/authorize")).thenCompose(authorize -> {
            String state = query(authorize, "state");
            URI again = URI.create(base + "/biz/" + client + "/callback?ticket=" + ticket + "&state=" + state);
            return x.get(user, WeChatSession.ROLE, again).thenApply(page -> {
                ledger.add("sso replayed");
                if (page.statusCode() >= 500 || !page.body().contains("登录失败")) {
                    return "a replayed ticket was not refused (HTTP " + page.statusCode() + " at " + page.uri().getPath() + ")";
                }
                ledger.add("sso replay refused");
                return null;
            });
        });
    }

    static String query(URI uri, String name) {
        String q = uri.getRawQuery();
        if (q == null) {
            return null;
        }
        for (String part : q.split("&")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return null;
    }
}
