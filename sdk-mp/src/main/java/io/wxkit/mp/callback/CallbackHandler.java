package io.wxkit.mp.callback;

import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.crypto.MessageCrypt;
import io.wxkit.core.dedup.CaffeineDedupStore;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.MessageCodec;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.WxCallbackException;
import io.wxkit.core.message.WxCallbackException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Official Account's callback server (服务器地址) without any web framework: it answers WeChat's
 * GET {@code echostr} check and every POST — verifies {@code signature} (plain mode) or
 * {@code msg_signature} (safe and compatible mode, {@code encrypt_type=aes}) and the timestamp window,
 * decrypts, decodes into the typed message model, drops duplicates, routes through the rules and
 * interceptors, and encodes (and encrypts) the passive reply.
 *
 * <pre>{@code
 * CallbackHandler handler = mp.callback().onEvent(Subscribe.class, e -> Reply.text(e, "Welcome")).build();
 * CallbackResponse r = handler.handle(CallbackRequest.of(method, queryParams, body));
 * }</pre>
 *
 * <p>Answers: 200 with the reply, {@code success} or the {@code echostr}; 403 for a missing or wrong
 * signature, a timestamp outside the window, or a message encrypted for another appId (nothing is
 * routed); 400 for a malformed body (logged once, without secrets or content); 413 for an oversized
 * one; 405 for other methods. Failures of rules never reach WeChat: the answer is then
 * {@code success} and the error goes to the {@link CallbackErrorHook}.
 *
 * <p>Thread-safe and meant to be built once and shared. Sync rules run on the calling thread; only
 * async rules use the executor. {@link #close()} stops the default executor, if one was created.
 */
public final class CallbackHandler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

    private final String token;
    private final MessageCrypt crypt;
    private final MessageCodec codec;
    private final Clock clock;
    private final Duration window;
    private final Router router;
    private final Dispatcher dispatcher;
    private final LateReplySender lateReplies;
    private final ExecutorService ownedExecutor;

    CallbackHandler(CallbackBuilder b) {
        this.token = b.token;
        this.clock = b.clock;
        this.window = b.window;
        this.codec = MessageCodec.create(b.clock);
        this.crypt = b.encodingAesKey == null ? null
                : b.random == null ? MessageCrypt.create(b.token, b.encodingAesKey, b.appId)
                : MessageCrypt.create(b.token, b.encodingAesKey, b.appId, b.random);
        CallbackErrorHook hook = b.errorHook != null ? b.errorHook : CallbackHandler::logError;
        this.router = new Router(b.rules, b.interceptors, b.fallback, hook);
        this.lateReplies = b.lateReplies != null ? b.lateReplies : CallbackHandler::noLateSender;
        this.ownedExecutor = b.executor == null && b.anyAsync() ? AsyncExecutor.create() : null;
        Executor executor = b.executor != null ? b.executor : ownedExecutor;
        this.dispatcher = new Dispatcher(b.dedupStore != null ? b.dedupStore : CaffeineDedupStore.create(),
                b.dedupTtl, b.budget, b.clock, executor);
    }

    /**
     * A builder for an account's handler; {@code mp.callback()} calls this with the account's settings.
     *
     * <pre>{@code
     * CallbackHandler h = CallbackHandler.builder(appId, token, encodingAesKey).on(Text.class, m -> null).build();
     * }</pre>
     *
     * @param appId          the account's appId; required with an {@code encodingAesKey}
     * @param token          the token configured on the server settings page
     * @param encodingAesKey the 43-character EncodingAESKey, or {@code null} for plain mode only
     */
    public static CallbackBuilder builder(String appId, String token, String encodingAesKey) {
        return new CallbackBuilder(appId, token, encodingAesKey);
    }

    /**
     * Answers one request from WeChat. Never throws for anything WeChat sends; the status says what
     * happened (see the class documentation).
     *
     * @throws NullPointerException if {@code request} is null
     */
    public CallbackResponse handle(CallbackRequest request) {
        try {
            return switch (request.method()) {
                case "GET" -> echo(request);
                case "POST" -> post(request);
                default -> CallbackResponse.refused(405, "method not allowed");
            };
        } catch (WxCallbackException e) {
            return refuse(e);
        }
    }

    private CallbackResponse echo(CallbackRequest request) {
        String timestamp = request.param("timestamp");
        String nonce = request.param("nonce");
        requireSigned(request.param("signature"), timestamp, nonce);
        checkWindow(timestamp, clock.instant());
        if (!CallbackSignature.verify(token, timestamp, nonce, request.param("signature"))) {
            throw new WxCallbackException(Reason.SIGNATURE_MISMATCH, "signature does not match");
        }
        String echostr = request.param("echostr");
        if (echostr == null) {
            throw new WxCallbackException(Reason.INVALID_REQUEST, "echostr is missing");
        }
        return CallbackResponse.text(echostr);
    }

    private CallbackResponse post(CallbackRequest request) {
        Instant receivedAt = clock.instant();
        String timestamp = request.param("timestamp");
        String nonce = request.param("nonce");
        boolean safe = "aes".equalsIgnoreCase(request.param("encrypt_type"));
        String signature = request.param(safe ? "msg_signature" : "signature");
        requireSigned(signature, timestamp, nonce);
        checkWindow(timestamp, receivedAt);
        String xml;
        if (safe) {
            if (crypt == null) {
                throw new WxCallbackException(Reason.INVALID_REQUEST,
                        "encrypted callback but no encodingAesKey is configured");
            }
            xml = crypt.decrypt(signature, timestamp, nonce, codec.decodeEnvelope(request.body()).encrypt());
        } else {
            if (!CallbackSignature.verify(token, timestamp, nonce, signature)) {
                throw new WxCallbackException(Reason.SIGNATURE_MISMATCH, "signature does not match");
            }
            xml = request.body();
        }
        String body = route(codec.decode(xml), receivedAt, safe ? nonce : null);
        return body == CallbackResponse.SUCCESS ? CallbackResponse.success() : CallbackResponse.xml(body);
    }

    /** Routes a verified message; {@code replyNonce} is non-null in safe mode, where replies are encrypted. */
    private String route(InboundMessage message, Instant receivedAt, String replyNonce) {
        Router.Route route;
        try {
            route = router.match(message);
        } catch (RuntimeException e) {
            router.report(message, e);
            return CallbackResponse.SUCCESS;
        }
        CallbackContext context = new CallbackContext(message, receivedAt);
        return dispatcher.dispatch(new Delivery<>(DedupKeys.of(message), receivedAt, route.async(),
                () -> router.run(route, context), reply -> encode(reply, replyNonce), lateReplies::send,
                error -> router.report(message, error)));
    }

    /**
     * The reply body: XML, or in safe mode the encrypted envelope. The envelope reuses the request's
     * nonce, as Tencent's samples do: the signature is already unique through the ciphertext's random
     * prefix, and a fresh nonce would cost a {@code SecureRandom} call on every reply.
     */
    private String encode(Reply reply, String replyNonce) {
        String xml = codec.encode(reply);
        if (replyNonce == null) {
            return xml;
        }
        return crypt.encryptReply(xml, Long.toString(clock.instant().getEpochSecond()), replyNonce);
    }

    private static void requireSigned(String signature, String timestamp, String nonce) {
        if (signature == null || signature.isEmpty() || timestamp == null || nonce == null) {
            throw new WxCallbackException(Reason.SIGNATURE_MISMATCH, "the request is not signed");
        }
    }

    private void checkWindow(String timestamp, Instant now) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new WxCallbackException(Reason.INVALID_REQUEST, "timestamp is not decimal seconds");
        }
        long skew = Math.abs(now.getEpochSecond() - seconds);
        if (skew > window.getSeconds()) {
            throw new WxCallbackException(Reason.TIMESTAMP_OUT_OF_WINDOW,
                    "timestamp is " + skew + " s from now, window is " + window.getSeconds() + " s");
        }
    }

    private static CallbackResponse refuse(WxCallbackException e) {
        int status = switch (e.reason()) {
            case SIGNATURE_MISMATCH, TIMESTAMP_OUT_OF_WINDOW, APPID_MISMATCH -> 403;
            case PAYLOAD_TOO_LARGE -> 413;
            default -> 400;
        };
        if (status == 403) {
            LOG.info("refused callback ({}): {}", status, e.getMessage());
        } else {
            LOG.warn("refused callback ({}): {}", status, e.getMessage());
        }
        return CallbackResponse.refused(status, e.reason().name());
    }

    private static void logError(InboundMessage message, RuntimeException error) {
        LOG.warn("callback handling failed for a {} message; WeChat was answered 'success'", message.msgType(), error);
    }

    private static void noLateSender(Reply reply) {
        throw new IllegalStateException("a " + reply.msgType()
                + " reply missed the reply budget and no late-reply sender is configured; it was not delivered");
    }

    /** Stops the default executor (if async rules made the handler create one); running rules may finish. */
    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }
}
