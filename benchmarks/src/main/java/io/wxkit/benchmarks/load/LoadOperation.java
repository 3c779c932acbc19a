package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One kind of request in the mix: how to build it for a user against a base URL, and how to tell a right
 * answer from a wrong one (a 200 with the wrong body is an error too).
 */
public interface LoadOperation {
    String name();

    HttpRequest request(URI base, VirtualUser user);

    /** {@code null} when the answer is right, else what is wrong with it (counted as an error). */
    String check(HttpResponse<String> response, VirtualUser user);

    /** A share of the mix. */
    record Weighted(LoadOperation operation, int weight) {
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }
}
