package io.wxkit.sso.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.core.json.Json;
import io.wxkit.sso.client.Client;
import io.wxkit.sso.error.SsoError;
import io.wxkit.sso.error.SsoException;
import io.wxkit.sso.signature.SignedRequest;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Asks the business system whether a one-time code or a login/password belongs to the account: a
 * signed {@code POST <verifyUrl>} (see {@link SignedRequest}) with
 * {@code {"openid","account_id","type":"code|credentials","code"|"login","password"}}; the business system
 * answers {@code 200 {"verified":true|false}}, signed the same way over its response body (path = the
 * request's path, method {@code RESPONSE}), so neither side can be impersonated.
 *
 * <p>Any other answer, a bad response signature or a transport failure is {@code upstream_error} and
 * binds nothing. Thread-safe.
 */
public final class HttpProofVerifier implements ProofVerifier {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_ANSWER = 4096;

    private final OkHttpClient http;
    private final Function<Client, byte[]> signingKeys;
    private final Clock clock;
    private final SecureRandom random;
    private final Json json = Json.create();

    /**
     * A verifier calling out with {@code http}, signing with the key {@code signingKeys} gives for a client.
     *
     * @param http        the client of the {@code verifyUrl} calls
     * @param signingKeys the raw signing key of a client, e.g. {@code sso.clients()::signingKeyBytes}
     * @param clock       the time source of the signatures
     * @param random      the nonce source
     * @throws NullPointerException if an argument is null
     */
    public HttpProofVerifier(OkHttpClient http, Function<Client, byte[]> signingKeys, Clock clock, SecureRandom random) {
        this.http = Objects.requireNonNull(http, "http");
        this.signingKeys = Objects.requireNonNull(signingKeys, "signingKeys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public boolean supports(BindProof proof) {
        return proof instanceof BindProof.OneTimeCode || proof instanceof BindProof.Credentials;
    }

    @Override
    public boolean verify(Client client, String openid, String accountId, BindProof proof) {
        if (client.verifyUrl() == null) {
            throw new SsoException(SsoError.PROOF_REJECTED, "client " + client.clientId() + " has no verify URL");
        }
        String body = json.write(payload(openid, accountId, proof));
        String path = URI.create(client.verifyUrl()).getRawPath();
        SignedRequest signer = SignedRequest.withKey(signingKeys.apply(client), clock);
        Request.Builder rb = new Request.Builder().url(client.verifyUrl()).post(RequestBody.create(body, JSON));
        signer.sign("POST", path, body, random).forEach(rb::header);
        try (Response r = http.newCall(rb.build()).execute()) {
            okio.BufferedSource source = r.body().source();
            if (source.request(MAX_ANSWER + 1L)) {
                throw new SsoException(SsoError.UPSTREAM_ERROR, "verifier of " + client.clientId() + " answered > 4 KiB");
            }
            String answer = source.getBuffer().readUtf8();
            Map<String, String> headers = new HashMap<>();
            r.headers().forEach(p -> headers.put(p.getFirst(), p.getSecond()));
            if (r.code() != 200 || !signer.verify("RESPONSE", path, headers, answer)) {
                throw new SsoException(SsoError.UPSTREAM_ERROR, "verifier of " + client.clientId()
                        + " answered HTTP " + r.code() + " or an unsigned answer");
            }
            JsonNode verdict = json.readTree(answer);
            return verdict.path("verified").asBoolean(false);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SsoException s) {
                throw s;
            }
            throw new SsoException(SsoError.UPSTREAM_ERROR, "verifier of " + client.clientId() + " unreachable", e);
        }
    }

    private ObjectNode payload(String openid, String accountId, BindProof proof) {
        ObjectNode o = json.object().put("openid", openid).put("account_id", accountId);
        if (proof instanceof BindProof.OneTimeCode c) {
            o.put("type", "code").put("code", c.code());
        } else if (proof instanceof BindProof.Credentials c) {
            o.put("type", "credentials").put("login", c.login()).put("password", c.password());
        }
        return o;
    }
}
