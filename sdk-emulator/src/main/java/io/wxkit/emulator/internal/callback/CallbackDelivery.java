package io.wxkit.emulator.internal.callback;

import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.crypto.MessageCrypt;
import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.internal.account.EventPush;
import io.wxkit.emulator.internal.account.Accounts;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a user's message or event to the account's callback URL exactly as WeChat does: POST with query
 * {@code signature}, {@code timestamp}, {@code nonce}, {@code openid} (plus {@code encrypt_type=aes} and
 * {@code msg_signature} in compatible and safe mode), body plain XML, plain XML with {@code <Encrypt>}, or the
 * encrypted envelope. The answer is verified (safe mode: {@code msg_signature}, appId), decrypted and decoded;
 * an answer that is late (over the timeout, 5 s like WeChat), not 200, not XML or badly signed becomes an
 * error, never a hang. Thread-safe.
 */
public final class CallbackDelivery implements EventPush {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackDelivery.class);
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration timeout;
    private final Executor executor;
    private final HttpClient http;
    private final DeliveryLog log;

    public CallbackDelivery(Accounts accounts, Clock clock, SecureRandom random, Duration timeout, Executor executor,
                            DeliveryLog log) {
        this.accounts = accounts;
        this.clock = clock;
        this.random = random;
        this.timeout = timeout;
        this.executor = executor;
        this.log = log;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).executor(executor)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Delivers one message and waits for the app's answer (at most the timeout).
     *
     * @param msgType WeChat's {@code MsgType} ({@code text}, {@code event}, ...)
     * @param fields  the elements after {@code MsgType}, in order
     */
    public CallbackResult deliver(String appId, String fromOpenid, String msgType, Map<String, Object> fields) {
        Account account = accounts.find(appId);
        long start = System.nanoTime();
        CallbackResult result = account == null ? CallbackResult.failed("no account " + appId)
                : account.callbackUrl() == null ? CallbackResult.failed("account " + appId + " has no callbackUrl")
                : send(account, fromOpenid, msgType, fields);
        boolean sent = account != null && account.callbackUrl() != null;
        log.record(appId, msgType, fields, result, clock.instant(),
                sent ? (System.nanoTime() - start) / 1_000_000 : -1);
        return result;
    }

    @Override
    public void push(String appId, String fromOpenid, Map<String, Object> fields) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        executor.execute(() -> {
            CallbackResult r = deliver(appId, fromOpenid, "event", copy);
            if (!r.ok()) {
                LOG.debug("event {} to {} not accepted: {}", copy.get("Event"), appId, r.error());
            }
        });
    }

    private CallbackResult send(Account account, String fromOpenid, String msgType, Map<String, Object> fields) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = Long.toString(1_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
        String plain = InboundXml.write(account.originalId(), fromOpenid, Long.parseLong(timestamp), msgType, fields);
        StringBuilder query = new StringBuilder(256)
                .append("signature=").append(CallbackSignature.sign(account.token(), timestamp, nonce))
                .append("&timestamp=").append(timestamp).append("&nonce=").append(nonce)
                .append("&openid=").append(URLEncoder.encode(fromOpenid, StandardCharsets.UTF_8));
        String body = plain;
        MessageCrypt crypt = null;
        if (account.mode() != CallbackMode.PLAIN) {
            crypt = MessageCrypt.create(account.token(), account.encodingAesKey(), account.appId(), random);
            String encrypt = crypt.encrypt(plain);
            query.append("&encrypt_type=aes&msg_signature=").append(crypt.signature(timestamp, nonce, encrypt));
            body = account.mode() == CallbackMode.SAFE ? InboundXml.envelope(account.originalId(), encrypt)
                    : InboundXml.compat(plain, encrypt);
        }
        String url = account.callbackUrl() + (account.callbackUrl().contains("?") ? "&" : "?") + query;
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return CallbackResult.failed("no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return CallbackResult.failed("callback unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CallbackResult.failed("interrupted");
        }
        return answer(account, crypt, response);
    }

    private CallbackResult answer(Account account, MessageCrypt crypt, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return CallbackResult.failed("callback answered HTTP " + response.statusCode());
        }
        String body = response.body().strip();
        if (body.isEmpty() || body.equals("success")) {
            return CallbackResult.of(null);
        }
        try {
            Map<String, Object> xml = ReplyXml.parse(body);
            if (xml.containsKey("Encrypt") && crypt != null) {
                xml = ReplyXml.parse(decrypt(crypt, xml));
            } else if (account.mode() == CallbackMode.SAFE) {
                return CallbackResult.failed("reply is not encrypted (safe mode needs the encrypted envelope)");
            }
            return CallbackResult.of(ReplyDecoder.decode(xml));
        } catch (ReplyXml.NotXml | ReplyDecoder.BadReply e) {
            return CallbackResult.failed(e.getMessage());
        }
    }

    private static String decrypt(MessageCrypt crypt, Map<String, Object> envelope) {
        String encrypt = str(envelope, "Encrypt");
        String signature = str(envelope, "MsgSignature");
        String timestamp = str(envelope, "TimeStamp");
        String nonce = str(envelope, "Nonce");
        if (!crypt.verify(signature, timestamp, nonce, encrypt)) {
            throw new ReplyDecoder.BadReply("bad MsgSignature in the encrypted reply");
        }
        try {
            return crypt.decrypt(signature, timestamp, nonce, encrypt);
        } catch (RuntimeException e) {
            throw new ReplyDecoder.BadReply("encrypted reply does not decrypt: " + e.getMessage());
        }
    }

    private static String str(Map<String, Object> xml, String name) {
        Object v = xml.get(name);
        return v instanceof String s ? s : null;
    }
}
