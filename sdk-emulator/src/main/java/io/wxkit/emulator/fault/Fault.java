package io.wxkit.emulator.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault to inject on the next {@code times} requests whose path matches {@code path} (exact, or a prefix when
 * it ends with {@code *}).
 *
 * <pre>{@code
 * emulator.control().inject(Fault.of("/cgi-bin/menu/create", FaultKind.BUSY, 2));
 * }</pre>
 *
 * @param path    the request path, e.g. {@code /cgi-bin/menu/create}, or a prefix such as {@code /v3/*}
 * @param kind    what happens
 * @param times   how many matching requests are affected (≥ 1)
 * @param latency the delay for {@link FaultKind#LATENCY} (zero otherwise)
 */
public record Fault(String path, FaultKind kind, int times, Duration latency) {

    /**
     * Checks the fault.
     *
     * @param path    the request path, starting with {@code /}, or a prefix ending in {@code *}
     * @param kind    what happens
     * @param times   how many matching requests are affected (≥ 1)
     * @param latency the delay for {@link FaultKind#LATENCY}, 0 to 60 s
     * @throws IllegalArgumentException if {@code path} does not start with {@code /}, {@code times} is below 1 or
     *     {@code latency} is outside 0 to 60 s
     * @throws NullPointerException if {@code path}, {@code kind} or {@code latency} is null
     */
    public Fault {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(latency, "latency");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be >= 1");
        }
        if (latency.isNegative() || latency.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("latency must be between 0 and 60 s");
        }
    }

    /**
     * A fault of the given kind for the next {@code times} requests.
     *
     * @param path the request path, or a prefix ending in {@code *}
     * @param kind what happens; for {@link FaultKind#LATENCY} use {@link #latency} (this gives a zero delay)
     * @param times how many matching requests are affected, 1 or more
     * @return the fault
     * @throws IllegalArgumentException if {@code path} does not start with {@code /} or {@code times} is below 1
     * @throws NullPointerException if {@code path} or {@code kind} is null
     */
    public static Fault of(String path, FaultKind kind, int times) {
        return new Fault(path, kind, times, Duration.ZERO);
    }

    /**
     * A latency fault: the next {@code times} matching requests wait {@code delay}, then are answered normally.
     *
     * @param path the request path, or a prefix ending in {@code *}
     * @param delay 0 to 60 s
     * @param times how many matching requests are affected, 1 or more
     * @return the fault
     * @throws IllegalArgumentException if {@code path} does not start with {@code /}, {@code times} is below 1 or
     *     {@code delay} is outside 0 to 60 s
     * @throws NullPointerException if {@code path} or {@code delay} is null
     */
    public static Fault latency(String path, Duration delay, int times) {
        return new Fault(path, FaultKind.LATENCY, times, delay);
    }

    /**
     * Whether this fault applies to a request for {@code requestPath}.
     *
     * @param requestPath the path of the request
     * @return true when the fault's path matches
     */
    public boolean matches(String requestPath) {
        return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1))
                : path.equals(requestPath);
    }
}
