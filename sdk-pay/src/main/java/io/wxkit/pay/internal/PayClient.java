package io.wxkit.pay.internal;

import io.wxkit.core.internal.crypto.pay.Nonces;
import io.wxkit.core.internal.crypto.pay.PayCryptoException;
import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.core.internal.crypto.pay.V3Authorization;
import io.wxkit.core.internal.text.Untrusted;
import io.wxkit.core.internal.crypto.pay.V3SignedMessage;
import io.wxkit.pay.observe.PayCallListener;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.WxPayException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pipeline every WeChat Pay APIv3 call goes through: sign ({@code Authorization}) → send →
 * verify the response signature → map errors to {@link WxPayException} → retry 5xx and transport
 * failures with bounded backoff, alternating with the backup host. Only {@link PayCall#idempotent()}
 * calls are retried on an ambiguous outcome (5xx, a failure after the request may have been
 * written); any other call is sent once more only when no connection was made at all, and otherwise
 * fails with {@link WxPayException#OUTCOME_UNKNOWN}. Thread-safe.
 */
public final class PayClient implements PayPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(PayClient.class);
    private static final int MAX_MESSAGE_CHARS = 256;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final PayContext ctx;
    private final PlatformKeys platformKeys;
    private final CallObserver observer;

    public PayClient(PayContext ctx, Function<PayClient, PlatformKeys> platformKeys) {
        this(ctx, platformKeys, null);
    }

    /** @param listener hears every call (metrics), or {@code null} */
    public PayClient(PayContext ctx, Function<PayClient, PlatformKeys> platformKeys, PayCallListener listener) {
        this.ctx = ctx;
        this.observer = new CallObserver(listener);
        this.platformKeys = platformKeys.apply(this);
    }

    private PayClient(PayContext ctx, PlatformKeys platformKeys, CallObserver observer) {
        this.ctx = ctx;
        this.platformKeys = platformKeys;
        this.observer = observer;
    }

    /** The same keys and HTTP client with another context (another default appid of the merchant). */
    public PayClient withContext(PayContext other) {
        if (!other.mchId().equals(ctx.mchId())) {
            throw new IllegalArgumentException("a PayClient serves one merchant");
        }
        return new PayClient(other, platformKeys, observer);
    }

    /**
     * The client behind a feature API's {@link PayPipeline}: the feature constructors take the user-API
     * interface and run on this.
     *
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public static PayClient of(PayPipeline pipeline) {
        if (pipeline instanceof PayClient client) {
            return client;
        }
        throw new IllegalArgumentException("not a pipeline built by WxPay.builder(): "
                + (pipeline == null ? "null" : pipeline.getClass().getName()));
    }

    @Override
    public String mchId() {
        return ctx.mchId();
    }

    @Override
    public String appId() {
        return ctx.appId();
    }

    public PayContext context() {
        return ctx;
    }

    public PlatformKeys platformKeys() {
        return platformKeys;
    }

    /** Sends {@code call}, verifying the response with the platform keys. */
    public PayResponse execute(PayCall call) {
        platformKeys.prepare();
        return execute(call, response -> platformKeys::verifier);
    }

    /**
     * Sends {@code call}, verifying every response with the keys {@code keysFor} picks for it (the
     * certificate download verifies with the certificates it just received).
     *
     * @throws WxPayException for an error answer, a failed verification, or exhausted retries
     */
    public PayResponse execute(PayCall call, Function<PayResponse, Function<String, Optional<PayVerifier>>> keysFor) {
        return observer.observe(call.endpoint(), () -> send(call, keysFor), PayResponse::status);
    }

    private PayResponse send(PayCall call, Function<PayResponse, Function<String, Optional<PayVerifier>>> keysFor) {
        RetryPolicy retry = ctx.retryPolicy();
        for (int attempt = 1; ; attempt++) {
            HttpUrl url = url(call.path(), attempt);
            try (Response r = ctx.httpClient().newCall(request(call, url)).execute()) {
                PayResponse response = read(r);
                if (r.code() >= 500 && call.idempotent() && attempt < retry.maxAttempts()) {
                    LOG.debug("{} answered HTTP {} (attempt {}), retrying", call.endpoint(), r.code(), attempt);
                    pause(call, retry, attempt);
                    continue;
                }
                verify(call, response, keysFor, attempt);
                if (r.code() >= 500 && !call.idempotent()) {
                    throw outcomeUnknown(call, attempt, "WeChat Pay answered HTTP " + r.code(), response, error(call, response, attempt));
                }
                if (r.code() >= 300) {
                    throw error(call, response, attempt);
                }
                return response;
            } catch (IOException e) {
                boolean unsent = neverSent(e);
                if (!unsent && !call.idempotent()) {
                    throw outcomeUnknown(call, attempt, e.getClass().getSimpleName() + " talking to " + url.host(), null, e);
                }
                if (attempt >= retry.maxAttempts()) {
                    throw new WxPayException(0, "TRANSPORT_ERROR", e.getClass().getSimpleName() + " talking to " + url.host(),
                            null, null, call.endpoint(), attempt, e);
                }
                LOG.debug("{} failed with {} (attempt {}), retrying", call.endpoint(), e.getClass().getSimpleName(), attempt);
                pause(call, retry, attempt);
            }
        }
    }

    /**
     * Whether the request cannot have reached WeChat Pay (no connection was made), so even a call
     * WeChat does not deduplicate may be sent again.
     */
    private static boolean neverSent(IOException e) {
        return e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException
                || e instanceof java.net.NoRouteToHostException;
    }

    /** A call that must not be repeated blindly got no clear answer: it may or may not have taken effect. */
    private static WxPayException outcomeUnknown(PayCall call, int attempt, String what, PayResponse response, Throwable cause) {
        return new WxPayException(response == null ? 0 : response.status(), WxPayException.OUTCOME_UNKNOWN, what + "; the call is not idempotent,"
                + " so it was not repeated: query its result before sending it again", null,
                response == null ? null : response.requestId(), call.endpoint(), attempt, cause);
    }

    /**
     * Downloads a file (bills) with a signed GET: the response is not signed by WeChat Pay (its digest
     * is checked by the caller). The caller must close the returned stream.
     */
    public InputStream download(HttpUrl url) {
        String path = url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
        PayCall call = PayCall.get(path);
        return observer.observe(call.endpoint(), () -> open(call, url), in -> 200); // only a 2xx answer gives a stream
    }

    private InputStream open(PayCall call, HttpUrl url) {
        try {
            Response r = ctx.httpClient().newCall(request(call, url)).execute();
            if (!r.isSuccessful()) {
                try (r) {
                    throw error(call, read(r), 1);
                }
            }
            ResponseBody body = r.body();
            return body.byteStream();
        } catch (IOException e) {
            throw new WxPayException(0, "TRANSPORT_ERROR", e.getClass().getSimpleName() + " downloading from " + url.host(),
                    null, null, call.endpoint(), 1, e);
        }
    }

    /** The full URL of an APIv3 path on the first configured host. */
    public HttpUrl url(String path) {
        return url(path, 1);
    }

    private HttpUrl url(String path, int attempt) {
        List<HttpUrl> hosts = ctx.hosts();
        String base = hosts.get((attempt - 1) % hosts.size()).toString();
        return HttpUrl.get(base.substring(0, base.length() - 1) + path);
    }

    private Request request(PayCall call, HttpUrl url) {
        String signedPath = url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
        String timestamp = Long.toString(ctx.clock().instant().getEpochSecond());
        String nonce = Nonces.next(ctx.random());
        String body = call.body() == null ? "" : call.body();
        String authorization = V3Authorization.sign(ctx.signer(), ctx.mchId(), ctx.merchantSerial(), call.method(),
                signedPath, timestamp, nonce, body).header();
        Request.Builder b = new Request.Builder().url(url)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", ctx.userAgent());
        if (call.sensitive()) {
            b.header("Wechatpay-Serial", platformKeys.encryptionKey().serial());
        }
        if (call.method().equals("GET")) {
            b.get();
        } else {
            b.method(call.method(), RequestBody.create(body, JSON));
        }
        return b.build();
    }

    private static PayResponse read(Response r) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (String name : r.headers().names()) {
            headers.put(name, r.header(name));
        }
        return new PayResponse(r.code(), headers, r.body().string());
    }

    private void verify(PayCall call, PayResponse response,
                        Function<PayResponse, Function<String, Optional<PayVerifier>>> keysFor, int attempt) {
        boolean signed = response.headers().containsKey("Wechatpay-Signature");
        if (response.status() >= 300 && !signed) {
            return; // an unsigned error (e.g. a proxy's 502) is reported as an error, never used as data
        }
        try {
            V3SignedMessage.fromHeaders(response.headers(), response.body())
                    .verify(keysFor.apply(response), ctx.clock().instant(), ctx.timestampWindow());
        } catch (PayCryptoException e) {
            throw new WxPayException(response.status(), e.reason().name(),
                    "response failed WeChat Pay signature verification", null, response.requestId(), call.endpoint(), attempt, e);
        } catch (io.wxkit.core.internal.crypto.pem.PemException | IllegalArgumentException e) {
            throw new WxPayException(response.status(), "MALFORMED", "response could not be verified: " + Untrusted.escape(e.getMessage(), MAX_MESSAGE_CHARS),
                    null, response.requestId(), call.endpoint(), attempt, e);
        }
    }

    private WxPayException error(PayCall call, PayResponse response, int attempt) {
        String code = "HTTP_" + response.status();
        String message = "WeChat Pay answered HTTP " + response.status();
        String detail = null;
        try {
            var tree = ctx.json().tree(response.body());
            if (tree != null && tree.hasNonNull("code")) {
                // the error body is WeChat's (or a proxy's) text: truncated and escaped before it reaches a message
                code = Untrusted.escape(tree.get("code").asText(), 64);
                message = Untrusted.escape(tree.path("message").asText(message), MAX_MESSAGE_CHARS);
                detail = tree.has("detail") ? tree.get("detail").toString() : null;
            }
        } catch (IllegalArgumentException notJson) {
            // keep the HTTP status as the code
        }
        return new WxPayException(response.status(), code, message, detail, response.requestId(), call.endpoint(), attempt, null);
    }

    private void pause(PayCall call, RetryPolicy retry, int attempt) {
        Duration d = retry.delay(attempt, ctx.random());
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WxPayException(0, "INTERRUPTED", "interrupted while backing off", null, null, call.endpoint(), attempt, e);
        }
    }
}
