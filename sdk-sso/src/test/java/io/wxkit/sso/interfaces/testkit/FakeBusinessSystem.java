package io.wxkit.sso.interfaces.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.sso.interfaces.BusinessSystemVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * A business system on a local port for tests: it verifies every call with {@link BusinessSystemVerifier}
 * (refusing unsigned or badly signed ones with 401), records what it received, and answers with the JSON the
 * test's function computes — signed, or in one of the misbehaviours a real system shows: slow, failing,
 * oversized, unsigned or badly signed answers.
 *
 * <pre>{@code
 * try (FakeBusinessSystem erp = FakeBusinessSystem.start(credentials.signingKey(),
 *         call -> "{\"status\":\"shipped\"}")) {
 *     erp.behave(Behaviour.SLOW, Duration.ofSeconds(2));
 * }
 * }</pre>
 */
public final class FakeBusinessSystem implements AutoCloseable {
    /** How the next answers behave. */
    public enum Behaviour {
        /** A signed answer at once. */
        NORMAL,
        /** A signed answer after the configured delay. */
        SLOW,
        /** HTTP 500. */
        FAILING,
        /** A signed 2xx answer larger than any sensible limit (300 KiB). */
        OVERSIZED,
        /** A 2xx answer without signature headers. */
        UNSIGNED,
        /** A 2xx answer whose signature was made with another key. */
        BAD_SIGNATURE,
        /** A 2xx answer signed for another request (a replayed answer). */
        REPLAYED_ANSWER
    }

    /**
     * One call the system received.
     *
     * @param method the HTTP method
     * @param target the request target (path and query) as received
     * @param query the query parameters
     * @param body the JSON body (POST), or {@code null}
     * @param signatureValid whether the broker's signature verified
     */
    public record Received(String method, String target, Map<String, String> query, JsonNode body,
                           boolean signatureValid) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final BusinessSystemVerifier verifier;
    private final BusinessSystemVerifier stranger;
    private final Function<Received, String> answers;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour = Behaviour.NORMAL;
    private volatile Duration delay = Duration.ZERO;

    private FakeBusinessSystem(String signingKey, Function<Received, String> answers) {
        this.verifier = BusinessSystemVerifier.withKey(signingKey, Clock.systemUTC());
        this.stranger = BusinessSystemVerifier.withKey("c3RyYW5nZXItc3RyYW5nZXItc3RyYW5nZXIta2V5", Clock.systemUTC());
        this.answers = answers;
    }

    /** Starts a system verifying with {@code signingKey} (base64url) and answering with {@code answers}. */
    public static FakeBusinessSystem start(String signingKey, Function<Received, String> answers) {
        FakeBusinessSystem system = new FakeBusinessSystem(signingKey, answers);
        system.server.setDispatcher(system.new Answers());
        try {
            system.server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return system;
    }

    /** The URL of {@code path} on this system. */
    public String url(String path) {
        return server.url(path).toString();
    }

    /** Switches the behaviour of the next answers. */
    public void behave(Behaviour behaviour) {
        behave(behaviour, Duration.ZERO);
    }

    /** Switches the behaviour, with the delay of {@link Behaviour#SLOW}. */
    public void behave(Behaviour behaviour, Duration delay) {
        this.behaviour = behaviour;
        this.delay = delay;
    }

    /** Every call received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.close();
    }

    private final class Answers extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
            Map<String, String> headers = headers(request.getHeaders());
            String target = request.getTarget();
            boolean valid = verifier.verify(request.getMethod(), target, headers, "GET".equals(request.getMethod())
                    ? null : body);
            Map<String, String> query = new HashMap<>();
            for (String name : request.getUrl().queryParameterNames()) {
                query.put(name, request.getUrl().queryParameter(name));
            }
            Received call = new Received(request.getMethod(), target, Map.copyOf(query), parse(body), valid);
            received.add(call);
            if (!valid) {
                return new MockResponse.Builder().code(401).body("{\"error\":\"bad_signature\"}").build();
            }
            return answer(call, headers, target);
        }

        private MockResponse answer(Received call, Map<String, String> headers, String target) {
            Behaviour b = behaviour;
            if (b == Behaviour.FAILING) {
                return new MockResponse.Builder().code(500).body("{\"error\":\"db down\"}").build();
            }
            String answer = b == Behaviour.OVERSIZED ? "{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}" : answers.apply(call);
            MockResponse.Builder r = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(answer);
            Map<String, String> signature = switch (b) {
                case UNSIGNED -> Map.of();
                case BAD_SIGNATURE -> stranger.signAnswer(headers, target, answer);
                case REPLAYED_ANSWER -> verifier.signAnswer(Map.of("Wxkit-Nonce", "0123456789abcdef0123456789abcdef"),
                        target, answer);
                default -> verifier.signAnswer(headers, target, answer);
            };
            signature.forEach(r::addHeader);
            if (b == Behaviour.SLOW) {
                r.headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
            return r.build();
        }
    }

    private static Map<String, String> headers(Headers headers) {
        Map<String, String> out = new HashMap<>();
        for (String name : headers.names()) {
            out.put(name, headers.get(name));
        }
        return out;
    }

    private static JsonNode parse(String body) {
        if (body.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
