package io.wxkit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A callback from a fake user, delivered by the emulator: the emulator signs and encrypts it with the account's
 * token and AES key (safe mode, as WeChat) and POSTs it to the app's callback URL, then verifies and decrypts
 * the reply. The examples app draws those keys at random on every start and keeps them in memory (the control
 * API does not give them out, by design), so the driver cannot sign for it; this is how its callbacks are driven
 * (with keys at hand, {@link CallbackOperation} signs directly). Latency includes the emulator's share (one
 * encryption, one decryption, its HTTP hop). Right when the emulator reports no error in the app's answer.
 *
 * <p>Subscribe: the user unfollows and follows again (WeChat sends subscribe only to someone who does not follow),
 * two deliveries; the rules that need a follower see the user as one again when it ends.
 */
final class EmulatorCallback implements LoadOperation {
    enum Kind { TEXT, CLICK, SUBSCRIBE }

    private final Kind kind;
    private final URI emulator;
    private final String value;
    private final Ledger ledger;

    EmulatorCallback(Kind kind, URI emulator, String value, Ledger ledger) {
        this.kind = kind;
        this.emulator = emulator;
        this.value = value;
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return switch (kind) {
            case TEXT -> "callback text";
            case CLICK -> "callback menu CLICK";
            case SUBSCRIBE -> "callback unsubscribe + subscribe";
        };
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        String u = "/emulator/users/" + user.openid();
        return switch (kind) {
            case TEXT -> x.json("POST", emulator.resolve(u + "/messages"), AppStep.write(Map.of("type", "text", "content", value)))
                    .thenApply(r -> answered(r.statusCode(), r.body(), true));
            case CLICK -> x.json("POST", emulator.resolve(u + "/menu-click"), AppStep.write(Map.of("key", value)))
                    .thenApply(r -> answered(r.statusCode(), r.body(), true));
            case SUBSCRIBE -> x.json("POST", emulator.resolve(u + "/unfollow"), "{}").thenCompose(off -> {
                String wrong = answered(off.statusCode(), off.body(), false);
                return wrong != null ? CompletableFuture.completedFuture(wrong)
                        : x.json("POST", emulator.resolve(u + "/follow"), "{}").thenApply(r -> answered(r.statusCode(), r.body(), true));
            });
        };
    }

    private String answered(int status, String body, boolean replyExpected) {
        if (status != 200) {
            return "emulator answered HTTP " + status + ": " + AppStep.clip(body);
        }
        JsonNode n;
        try {
            n = AppStep.JSON.readTree(body);
        } catch (java.io.IOException e) {
            return "emulator answered no JSON";
        }
        if (n.hasNonNull("error")) {
            return "the app's answer was unusable: " + AppStep.clip(n.get("error").asText());
        }
        if (replyExpected) {
            ledger.add(n.hasNonNull("reply") ? "callback replied" : "callback answered without reply");
        }
        return null;
    }
}
