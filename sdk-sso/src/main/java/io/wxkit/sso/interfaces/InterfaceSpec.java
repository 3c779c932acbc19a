package io.wxkit.sso.interfaces;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What an administrator configures for one business interface (业务接口): the trigger, the business
 * system (an SSO client id), its endpoint and method, the request template, the timeout, the reply
 * template and the fallbacks. Validated when built, so a bad definition never reaches a user.
 *
 * <pre>{@code
 * InterfaceSpec spec = InterfaceSpec.builder("order-status", Trigger.keywords("订单"), "erp")
 *         .post("https://erp.example.com/wx/order", "{\"no\":\"{argument}\"}")
 *         .reply(ReplyTemplate.text("订单 {argument}：{answer.status}")).build();
 * }</pre>
 *
 * @param name a unique, human name (1..100 plain characters)
 * @param trigger what the user sends or taps
 * @param clientId the SSO client that is the business system
 * @param method {@code GET} or {@code POST}
 * @param endpoint absolute http(s) URL of the business system's interface
 * @param requestTemplate POST: a JSON object template; GET: a query-string template (may be empty)
 * @param timeout the whole call's timeout, 100 ms .. 20 s
 * @param reply how the answer becomes the reply
 * @param fallbacks the timeout, error and unbound messages
 * @param maxAnswerBytes the largest answer body accepted, 256 B .. 256 KiB
 */
public record InterfaceSpec(String name, Trigger trigger, String clientId, String method, String endpoint,
                            String requestTemplate, Duration timeout, ReplyTemplate reply, Fallbacks fallbacks,
                            int maxAnswerBytes) {
    /** The longest timeout: a slower system is a batch job, not a chat answer. */
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(20);
    /** The default timeout: well inside WeChat's 5-second reply window. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    /** The default answer size limit. */
    public static final int DEFAULT_MAX_ANSWER_BYTES = 16 * 1024;

    /**
     * Validates everything a user message would otherwise trip over.
     *
     * @param name a unique, human name (1..100 plain characters)
     * @param trigger what the user sends or taps
     * @param clientId the SSO client that is the business system
     * @param method {@code GET} or {@code POST}
     * @param endpoint absolute http(s) URL of the business system's interface
     * @param requestTemplate POST: a JSON object template; GET: a query-string template (may be empty)
     * @param timeout the whole call's timeout, 100 ms .. 20 s
     * @param reply how the answer becomes the reply
     * @param fallbacks the timeout, error and unbound messages
     * @param maxAnswerBytes the largest answer body accepted, 256 B .. 256 KiB
     * @throws InterfaceException {@code INVALID_DEFINITION} naming the part that breaks a rule above
     */
    public InterfaceSpec {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(fallbacks, "fallbacks");
        Objects.requireNonNull(timeout, "timeout");
        if (!io.wxkit.sso.internal.Text.isPlain(name, 100) || name.isBlank()) {
            throw invalid("name must be 1..100 plain characters");
        }
        if (clientId == null || !clientId.matches("[A-Za-z0-9_-]{3,64}")) {
            throw invalid("client id must be [A-Za-z0-9_-]{3,64}");
        }
        if (!"GET".equals(method) && !"POST".equals(method)) {
            throw invalid("method must be GET or POST");
        }
        checkEndpoint(endpoint);
        requestTemplate = requestTemplate == null ? "" : requestTemplate;
        checkRequestTemplate(method, requestTemplate);
        if (timeout.compareTo(Duration.ofMillis(100)) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw invalid("timeout must be 100 ms .. 20 s");
        }
        if (maxAnswerBytes < 256 || maxAnswerBytes > 256 * 1024) {
            throw invalid("maxAnswerBytes must be 256 .. 262144");
        }
    }

    /**
     * A builder for {@code name} triggered by {@code trigger}, calling the business system {@code clientId}.
     *
     * @param name     a unique, human name (1..100 plain characters), e.g. {@code "order-status"}
     * @param trigger  what the user sends or taps, e.g. {@code Trigger.keywords("订单")}
     * @param clientId the registered SSO client that is the business system, e.g. {@code "erp"}
     * @return a builder; set the call ({@code post}/{@code get}) and the reply, then {@link Builder#build()}
     */
    public static Builder builder(String name, Trigger trigger, String clientId) {
        return new Builder(name, trigger, clientId);
    }

    /**
     * A builder starting from this spec (to change one part of it).
     *
     * @return a builder holding every part of this spec, e.g. {@code spec.toBuilder().timeout(Duration.ofSeconds(5)).build()}
     */
    public Builder toBuilder() {
        Builder b = new Builder(name, trigger, clientId);
        b.method = method;
        b.endpoint = endpoint;
        b.requestTemplate = requestTemplate;
        b.timeout = timeout;
        b.reply = reply;
        b.fallbacks = fallbacks;
        b.maxAnswerBytes = maxAnswerBytes;
        return b;
    }

    private static void checkEndpoint(String endpoint) {
        try {
            URI u = new URI(Objects.requireNonNull(endpoint, "endpoint"));
            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null
                    || u.getRawUserInfo() != null || u.getRawFragment() != null || endpoint.length() > 500) {
                throw invalid("endpoint must be an absolute http(s) URL without user info or fragment, ≤ 500 characters");
            }
        } catch (URISyntaxException e) {
            throw invalid("endpoint is not a URL");
        }
    }

    private static void checkRequestTemplate(String method, String template) {
        if (template.length() > 4000) {
            throw invalid("request template must be at most 4000 characters");
        }
        Template t = Template.parse(template);
        if (t.usesAnswer()) {
            throw invalid("a request template cannot use {answer.*}");
        }
        String sample = t.render(Map.of(), null, v -> "x");
        if ("POST".equals(method)) {
            try {
                if (!InterfaceJson.MAPPER.readTree(sample.isEmpty() ? "{}" : sample).isObject()) {
                    throw invalid("a POST request template must be a JSON object");
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw invalid("a POST request template must be a JSON object (placeholders inside strings)");
            }
        } else if (sample.contains("#") || sample.startsWith("?")) {
            throw invalid("a GET request template is a query string like no={argument}, without ? or #");
        }
    }

    private static InterfaceException invalid(String message) {
        return new InterfaceException(InterfaceError.INVALID_DEFINITION, message);
    }

    /** Collects a spec; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final Trigger trigger;
        private final String clientId;
        private String method = "POST";
        private String endpoint;
        private String requestTemplate = "";
        private Duration timeout = DEFAULT_TIMEOUT;
        private ReplyTemplate reply;
        private Fallbacks fallbacks = Fallbacks.DEFAULT;
        private int maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;

        private Builder(String name, Trigger trigger, String clientId) {
            this.name = name;
            this.trigger = trigger;
            this.clientId = clientId;
        }

        /**
         * POST the rendered JSON {@code template} to {@code endpoint}.
         *
         * @param endpoint absolute http(s) URL of the business system's interface
         * @param template a JSON object with placeholders, e.g. {@code {"no":"{argument}"}}
         * @return this builder
         */
        public Builder post(String endpoint, String template) {
            this.method = "POST";
            this.endpoint = endpoint;
            this.requestTemplate = template;
            return this;
        }

        /**
         * GET {@code endpoint} with the rendered query-string {@code template} appended.
         *
         * @param endpoint absolute http(s) URL of the business system's interface
         * @param template a query string with placeholders, e.g. {@code no={argument}}; may be empty
         * @return this builder
         */
        public Builder get(String endpoint, String template) {
            this.method = "GET";
            this.endpoint = endpoint;
            this.requestTemplate = template;
            return this;
        }

        /**
         * The call's timeout (default 3 s).
         *
         * @param timeout 100 ms .. 20 s for the whole call
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * The reply template (required).
         *
         * @param reply how the answer becomes the reply, e.g. {@code ReplyTemplate.text("订单 {argument}：{answer.status}")}
         * @return this builder
         */
        public Builder reply(ReplyTemplate reply) {
            this.reply = reply;
            return this;
        }

        /**
         * The fallback messages (default {@link Fallbacks#DEFAULT}).
         *
         * @param fallbacks the timeout, error and unbound messages
         * @return this builder
         */
        public Builder fallbacks(Fallbacks fallbacks) {
            this.fallbacks = fallbacks;
            return this;
        }

        /**
         * The answer size limit (default 16 KiB).
         *
         * @param bytes 256 B .. 256 KiB; a longer answer is treated as an error
         * @return this builder
         */
        public Builder maxAnswerBytes(int bytes) {
            this.maxAnswerBytes = bytes;
            return this;
        }

        /**
         * The validated spec.
         *
         * @return the spec
         * @throws InterfaceException {@code INVALID_DEFINITION} naming the part that breaks a rule
         */
        public InterfaceSpec build() {
            return new InterfaceSpec(name, trigger, clientId, method, endpoint, requestTemplate, timeout, reply,
                    fallbacks, maxAnswerBytes);
        }
    }
}
