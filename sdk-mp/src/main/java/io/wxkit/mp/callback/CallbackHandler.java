package io.wxkit.mp.callback;

import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.crypto.MessageCrypt;
import io.wxkit.core.internal.crypto.TimestampWindow;
import io.wxkit.core.dedup.GenerationalDedupStore;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.MessageCodec;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.WxCallbackException;
import io.wxkit.core.message.WxCallbackException.Reason;
import io.wxkit.core.internal.text.Untrusted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * <p>The account's {@link CallbackMode} decides what is accepted: in {@code SAFE} mode (the default with
 * an EncodingAESKey) a POST without {@code encrypt_type=aes} and a valid {@code msg_signature} is refused
 * with 403; in {@code PLAIN} mode an encrypted one is refused with 400; {@code COMPATIBLE} accepts both
 * but withholds replies to plain requests unless {@link CallbackBuilder#plaintextReplies(boolean)}.
 *
 * <p>Answers: 200 with the reply, {@code success} or the {@code echostr}; 403 for a missing or wrong
 * signature, a timestamp outside the window, or a message encrypted for another appId (nothing is
 * routed); 400 for a malformed body or a {@code ToUserName}/{@code FromUserName} over 64 characters;
 * 413 for an oversized one; 405 for other methods. Refusals decided before the body is authenticated
 * log at DEBUG, refusals of a body {@code msg_signature} verified at WARN, never with secrets or
 * content. Failures of rules never reach WeChat: the answer is then
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
    private final CallbackMode mode;
    private final boolean plaintextReplies;
    private final DedupKeys dedupKeys;

    CallbackHandler(CallbackBuilder b) {
        this.token = b.token;
        this.mode = b.resolvedMode();
        this.plaintextReplies = b.plaintextReplies;
        this.dedupKeys = new DedupKeys(b.dedupKey);
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
        this.dispatcher = new Dispatcher(b.dedupStore != null ? b.dedupStore : GenerationalDedupStore.create(),
                b.resolvedDedupTtl(), b.budget, b.clock, executor);
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
     * @return a new builder; {@code build()} checks the settings
     */
    public static CallbackBuilder builder(String appId, String token, String encodingAesKey) {
        return new CallbackBuilder(appId, token, encodingAesKey);
    }

    /**
     * Answers one request from WeChat. Never throws for anything WeChat sends; the status says what
     * happened (see the class documentation).
     *
     * @param request the method, query parameters and body as received
     * @return the status, content type and body to answer WeChat with
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
            return Refusals.refuse(e, false);
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
        boolean encrypted = "aes".equalsIgnoreCase(request.param("encrypt_type"));
        if (!encrypted && mode == CallbackMode.SAFE) {
            throw new WxCallbackException(Reason.SIGNATURE_MISMATCH,
                    "safe mode: a POST must carry encrypt_type=aes and msg_signature");
        }
        if (encrypted && mode == CallbackMode.PLAIN) {
            throw new WxCallbackException(Reason.INVALID_REQUEST, "encrypted callback but the account is in plain mode");
        }
        String signature = request.param(encrypted ? "msg_signature" : "signature");
        requireSigned(signature, timestamp, nonce);
        checkWindow(timestamp, receivedAt);
        return encrypted ? encrypted(request, signature, timestamp, nonce, receivedAt)
                : plain(request, signature, timestamp, nonce, receivedAt);
    }

    /** Safe mode, or an encrypted request in compatible mode: the reply is encrypted with the request's nonce. */
    private CallbackResponse encrypted(CallbackRequest request, String signature, String timestamp, String nonce,
            Instant receivedAt) {
        String encrypt = codec.decodeEnvelope(request.body()).encrypt();
        InboundMessage message;
        try {
            message = DedupKeys.requireWeChatSizedNames(codec.decode(crypt.decrypt(signature, timestamp, nonce, encrypt)));
        } catch (WxCallbackException e) {
            if (e.reason() == Reason.SIGNATURE_MISMATCH) {
                throw e; // msg_signature did not verify: nothing was authenticated
            }
            return Refusals.refuse(e, true);
        }
        // the envelope reuses the request's nonce, as Tencent's samples do: the signature is already unique
        // through the ciphertext's random prefix, and a fresh nonce would cost a SecureRandom call per reply
        return answer(route(message, receivedAt, reply -> crypt.encryptReply(codec.encodeUtf8(reply),
                Long.toString(clock.instant().getEpochSecond()), nonce), lateReplies::send));
    }

    /**
     * Plain mode, or a plain request in compatible mode. {@code signature} covers the token, timestamp and
     * nonce only, so the body stays unauthenticated: its refusals log at DEBUG, and in compatible mode its
     * reply goes out only when the account allows replies in clear.
     */
    private CallbackResponse plain(CallbackRequest request, String signature, String timestamp, String nonce,
            Instant receivedAt) {
        if (!CallbackSignature.verify(token, timestamp, nonce, signature)) {
            throw new WxCallbackException(Reason.SIGNATURE_MISMATCH, "signature does not match");
        }
        InboundMessage message = DedupKeys.requireWeChatSizedNames(codec.decode(request.body()));
        if (mode == CallbackMode.PLAIN || plaintextReplies) {
            return answer(route(message, receivedAt, codec::encode, lateReplies::send));
        }
        return answer(route(message, receivedAt, reply -> CallbackResponse.SUCCESS, CallbackHandler::withhold));
    }

    private static CallbackResponse answer(String body) {
        return body == CallbackResponse.SUCCESS ? CallbackResponse.success() : CallbackResponse.xml(body);
    }

    /**
     * Routes a verified message.
     *
     * @param encode renders a reply as the response body (XML, the encrypted envelope, or {@code success})
     * @param late   sends a reply that missed the budget
     */
    private String route(InboundMessage message, Instant receivedAt, Function<Reply, String> encode,
            Consumer<Reply> late) {
        Router.Route route;
        String key;
        try {
            route = router.match(message);
            key = dedupKeys.of(message);
        } catch (RuntimeException e) {
            router.report(message, e);
            return CallbackResponse.SUCCESS;
        }
        CallbackContext context = new CallbackContext(message, receivedAt);
        return dispatcher.dispatch(new Delivery<>(key, receivedAt, route.async(),
                () -> router.run(route, context), encode, late, error -> router.report(message, error)));
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
            throw new WxCallbackException(Reason.INVALID_REQUEST,
                    "timestamp " + Untrusted.quote(timestamp, 24) + " is not decimal seconds");
        }
        if (!TimestampWindow.contains(now.getEpochSecond(), seconds, window.getSeconds())) {
            throw new WxCallbackException(Reason.TIMESTAMP_OUT_OF_WINDOW, "timestamp is "
                    + TimestampWindow.distance(now.getEpochSecond(), seconds) + " s from now, window is "
                    + window.getSeconds() + " s");
        }
    }

    /** A compatible-mode plain request's late reply: dropped like its passive one, never sent in clear. */
    private static void withhold(Reply reply) {
        LOG.debug("withheld a late {} reply to a plaintext request (compatible mode without plaintextReplies)",
                reply.msgType());
    }

    private static void logError(InboundMessage message, RuntimeException error) {
        LOG.warn("callback handling failed for a {} message; WeChat was answered 'success'",
                Untrusted.quote(message.msgType(), 32), error);
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
