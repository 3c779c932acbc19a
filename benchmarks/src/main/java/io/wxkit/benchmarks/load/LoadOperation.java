package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * One kind of step in the mix, measured from its first request to its last answer: a single request (a
 * callback), or a short flow of a user (order → pay → paid; sign in to a business system through SSO). It tells
 * a right outcome from a wrong one: a 200 with the wrong body is an error too, and so is a refusal the rules do
 * not explain.
 */
public interface LoadOperation {
    String name();

    /**
     * Runs the step for {@code user} against the instance {@code base}; completes with {@code null} when every
     * answer was right, else with what was wrong (counted as an error). A failed future counts as an error too.
     */
    CompletableFuture<String> run(Exchange exchange, URI base, VirtualUser user);

    /** A step of one request without cookies: how to build it, and how to tell a right answer. */
    interface Single extends LoadOperation {
        HttpRequest request(URI base, VirtualUser user);

        /** {@code null} when the answer is right, else what is wrong with it (counted as an error). */
        String check(HttpResponse<String> response, VirtualUser user);

        @Override
        default CompletableFuture<String> run(Exchange exchange, URI base, VirtualUser user) {
            return exchange.send(request(base, user)).thenApply(r -> check(r, user));
        }
    }

    /** A share of the mix. */
    record Weighted(LoadOperation operation, int weight) {
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }
}
