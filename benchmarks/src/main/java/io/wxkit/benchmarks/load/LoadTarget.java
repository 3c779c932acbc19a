package io.wxkit.benchmarks.load;

import java.net.URI;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The app instance(s) under load: one base URL, or two sharing one database (two-instance mode: each request
 * goes to either at random). Loopback only: this driver is for this machine, never someone else's server.
 */
public record LoadTarget(List<URI> bases) {
    public LoadTarget {
        if (bases.isEmpty() || bases.size() > 2) {
            throw new IllegalArgumentException("one or two base URLs, got " + bases.size());
        }
        for (URI b : bases) {
            String host = b.getHost();
            if (!"http".equals(b.getScheme()) || host == null
                    || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
                throw new IllegalArgumentException("the load driver only targets http://127.0.0.1 (loopback), got " + b);
            }
        }
        bases = List.copyOf(bases);
    }

    public static LoadTarget of(String... urls) {
        return new LoadTarget(java.util.Arrays.stream(urls).map(u -> URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u)).toList());
    }

    /** A base URL for the next request: the only one, or either of two at random. */
    public URI pick(SplittableRandom random) {
        return bases.size() == 1 ? bases.get(0) : bases.get(random.nextInt(2));
    }
}
