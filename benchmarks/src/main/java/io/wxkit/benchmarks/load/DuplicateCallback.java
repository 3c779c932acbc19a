package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * WeChat's redelivery landing on the other instance: one signed and encrypted text message sent to the first
 * instance and, once answered, the very same bytes to the second (WeChat retries a callback that took longer than
 * 5 s, and the load balancer may pick the other node). The shared dedup store must make the second a duplicate:
 * the second answer is the first one's saved reply byte for byte (a message handled again would be encrypted with a
 * fresh random prefix and nonce, so it could not be equal) or the empty/{@code success} answer. Counted in the
 * ledger; two different replies are an error (the message was handled twice).
 */
final class DuplicateCallback implements LoadOperation {
    private final CallbackOperation message;
    private final List<URI> bases;
    private final Ledger ledger;

    DuplicateCallback(CallbackOperation.Account account, List<URI> bases, Ledger ledger) {
        if (bases.size() != 2) {
            throw new IllegalArgumentException("a redelivery to the other instance needs two instances");
        }
        this.message = new CallbackOperation(CallbackOperation.Kind.TEXT, account, "你好");
        this.bases = List.copyOf(bases);
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "callback redelivered to the other instance";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI ignored, VirtualUser user) {
        int first = user.random().nextInt(2);
        HttpRequest one = message.request(bases.get(first), user);
        URI other = URI.create(one.uri().toString().replace(bases.get(first).toString(), bases.get(1 - first).toString()));
        HttpRequest two = HttpRequest.newBuilder(one, (k, v) -> true).uri(other).build();
        return x.send(one).thenCompose(a -> {
            String wrong = message.check(a, user);
            if (wrong != null) {
                return CompletableFuture.completedFuture("first delivery: " + wrong);
            }
            return x.send(two).thenApply(b -> {
                if (b.statusCode() != 200) {
                    return "redelivery: HTTP " + b.statusCode();
                }
                String again = b.body().strip();
                if (again.equals(a.body().strip())) {
                    ledger.add("redelivery answered with the saved reply");
                    return null;
                }
                if (again.isEmpty() || again.equals("success")) {
                    ledger.add("redelivery answered success");
                    return null;
                }
                ledger.add("redelivery handled again");
                return "the redelivered message was handled again (a different reply)";
            });
        });
    }
}
