package io.wxkit.sso.interfaces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.sso.signature.SignedRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * One signed call to a business system. The request carries the rendered template, the user's openid and
 * bound account; it is signed with the client's key over method, path (with query), timestamp, nonce and
 * body. The answer must be 2xx JSON within the size limit and, unless disabled, signed by the business
 * system over {@code ANSWER:<request nonce>}, the same path and its body — so an answer cannot be forged
 * by whoever sits between, nor replayed onto another request.
 */
final class BusinessCall {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final Clock clock;
    private final SecureRandom random;
    private final boolean requireSignedAnswers;

    BusinessCall(OkHttpClient http, Clock clock, SecureRandom random, boolean requireSignedAnswers) {
        this.http = http;
        this.clock = clock;
        this.random = random;
        this.requireSignedAnswers = requireSignedAnswers;
    }

    CallResult call(InterfaceSpec spec, Template request, Map<String, String> vars, byte[] key) {
        SignedRequest signer = SignedRequest.withKey(key, clock);
        Request built = build(spec, request, vars, signer);
        Call call = http.newCall(built);
        call.timeout().timeout(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
        String path = pathOf(built.url());
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                return new CallResult.Failed("http_" + response.code());
            }
            String body = read(response, spec.maxAnswerBytes());
            if (body == null) {
                return new CallResult.Failed("oversized");
            }
            if (requireSignedAnswers && !signer.verify(BusinessSystemVerifier.answerMethod(built.header(
                    SignedRequest.NONCE)), path, headers(response), body)) {
                return new CallResult.Failed("bad_signature");
            }
            JsonNode answer = InterfaceJson.MAPPER.readTree(body);
            return answer != null && answer.isContainerNode() ? new CallResult.Answered(answer)
                    : new CallResult.Failed("not_json");
        } catch (JsonProcessingException e) {
            return new CallResult.Failed("not_json");
        } catch (InterruptedIOException e) {
            return new CallResult.TimedOut();
        } catch (IOException e) {
            return new CallResult.Failed("unreachable");
        }
    }

    private Request build(InterfaceSpec spec, Template request, Map<String, String> vars, SignedRequest signer) {
        HttpUrl endpoint = HttpUrl.get(spec.endpoint());
        String body = null;
        HttpUrl url = endpoint;
        if ("POST".equals(spec.method())) {
            String rendered = request.render(vars, null, Escape::json);
            ObjectNode envelope = InterfaceJson.MAPPER.createObjectNode();
            envelope.put("interface", spec.name()).put("openid", vars.get("openid")).put("account", vars.get("account"));
            try {
                envelope.set("request", InterfaceJson.MAPPER.readTree(rendered.isEmpty() ? "{}" : rendered));
            } catch (JsonProcessingException e) {
                // cannot happen: the template was checked as JSON and every value is JSON-escaped
                throw new IllegalStateException("request template rendered invalid JSON", e);
            }
            body = envelope.toString();
        } else {
            String rendered = request.render(vars, null, Escape::query);
            String query = (endpoint.encodedQuery() == null ? "" : endpoint.encodedQuery() + "&")
                    + (rendered.isEmpty() ? "" : rendered + "&") + "interface=" + Escape.query(spec.name())
                    + "&openid=" + Escape.query(vars.get("openid")) + "&account=" + Escape.query(vars.get("account"));
            url = endpoint.newBuilder().encodedQuery(query).build();
        }
        Request.Builder b = new Request.Builder().url(url).header("Accept", "application/json");
        signer.sign(spec.method(), pathOf(url), body, random).forEach(b::header);
        return "POST".equals(spec.method()) ? b.post(RequestBody.create(body, JSON)).build() : b.get().build();
    }

    /** The signed path: encoded path plus {@code ?query} when there is one, exactly as sent on the wire. */
    static String pathOf(HttpUrl url) {
        return url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
    }

    /** The body as UTF-8, or {@code null} when it is longer than {@code max} bytes (read at most max + 1). */
    private static String read(Response response, int max) throws IOException {
        long declared = response.body().contentLength();
        if (declared > max) {
            return null;
        }
        BufferedSource source = response.body().source();
        source.request(max + 1L);
        if (source.getBuffer().size() > max) {
            return null;
        }
        return source.getBuffer().readString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> out = new HashMap<>();
        for (String name : new String[] {SignedRequest.TIMESTAMP, SignedRequest.NONCE, SignedRequest.SIGNATURE}) {
            String v = response.header(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }
}
