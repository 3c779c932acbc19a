package io.wxkit.pay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.internal.crypto.pay.PayCryptoException;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.core.internal.crypto.pem.Pem;
import io.wxkit.pay.observe.VerificationKey;
import io.wxkit.pay.WxPayException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform-certificate mode: certificates downloaded from {@code GET /v3/certificates},
 * decrypted with the APIv3 key, checked (serial, validity, response signature) and cached.
 *
 * <p>Refresh is single-flight and needs no thread of its own: the first caller after the refresh
 * time (every {@link #REFRESH_INTERVAL}, or a day before a certificate expires) downloads while
 * every other caller keeps using the cached set; a failed refresh keeps the old certificates and is
 * retried after {@link #RETRY_AFTER}. An unknown {@code Wechatpay-Serial} triggers at most one
 * refresh per {@link #RETRY_AFTER}. Only the very first load makes callers wait.
 */
public final class AutoCertificatePlatformKeys implements PlatformKeys {
    static final Duration REFRESH_INTERVAL = Duration.ofHours(12);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(AutoCertificatePlatformKeys.class);

    private record Cert(String serial, X509Certificate certificate, PayVerifier verifier) {}

    private record Snapshot(Map<String, Cert> certs, Instant refreshAt, Instant lastAttempt) {}

    private final PayClient client;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Snapshot snapshot;

    public AutoCertificatePlatformKeys(PayClient client) {
        this.client = client;
    }

    @Override
    public void prepare() {
        current();
    }

    @Override
    public Optional<PayVerifier> verifier(String serial) {
        Cert c = current().certs().get(serial);
        if (c != null) {
            return Optional.of(c.verifier());
        }
        Snapshot s = snapshot;
        if (now().isAfter(s.lastAttempt().plus(RETRY_AFTER)) && lock.tryLock()) { // maybe a new certificate
            try {
                refresh(snapshot);
            } finally {
                lock.unlock();
            }
        }
        return Optional.ofNullable(snapshot.certs().get(serial)).map(Cert::verifier);
    }

    @Override
    public EncryptionKey encryptionKey() {
        Instant now = now();
        Cert newest = current().certs().values().stream()
                .filter(c -> !now.isBefore(c.certificate().getNotBefore().toInstant()))
                .max(Comparator.comparing(c -> c.certificate().getNotAfter()))
                .orElseThrow(() -> new WxPayException(0, "NO_PLATFORM_CERTIFICATE", "no valid platform certificate", null, null, null, 0, null));
        return new EncryptionKey(newest.serial(), newest.certificate().getPublicKey());
    }

    @Override
    public List<VerificationKey> loaded() {
        Snapshot s = snapshot;
        return s == null ? List.of() : s.certs().values().stream()
                .map(c -> new VerificationKey(VerificationKey.Kind.PLATFORM_CERTIFICATE, c.serial(), c.certificate().getNotAfter().toInstant()))
                .sorted(Comparator.comparing(VerificationKey::notAfter)).toList();
    }

    /** The cached set, loading it on first use and refreshing it ahead of time. */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            lock.lock();
            try {
                if (snapshot == null) {
                    refresh(null);
                }
                if (snapshot == null || snapshot.certs().isEmpty()) {
                    throw new WxPayException(0, "NO_PLATFORM_CERTIFICATE", "platform certificates could not be downloaded",
                            null, null, "GET /v3/certificates", 0, null);
                }
                return snapshot;
            } finally {
                lock.unlock();
            }
        }
        Instant now = now();
        if (!now.isBefore(s.refreshAt()) && now.isAfter(s.lastAttempt().plus(RETRY_AFTER)) && lock.tryLock()) {
            try {
                if (snapshot == s) {
                    refresh(s);
                }
            } finally {
                lock.unlock();
            }
        }
        return snapshot;
    }

    /** Downloads and installs; on failure keeps {@code old} and records the attempt. Called under the lock. */
    private void refresh(Snapshot old) {
        Instant now = now();
        try {
            Map<String, Cert> fresh = download(now);
            Map<String, Cert> all = new HashMap<>(fresh);
            if (old != null) {
                old.certs().forEach((k, v) -> {
                    if (v.certificate().getNotAfter().toInstant().isAfter(now)) {
                        all.putIfAbsent(k, v);
                    }
                });
            }
            Instant refreshAt = all.values().stream()
                    .map(c -> c.certificate().getNotAfter().toInstant().minus(Duration.ofDays(1)))
                    .min(Comparator.naturalOrder()).filter(t -> t.isBefore(now.plus(REFRESH_INTERVAL)))
                    .orElse(now.plus(REFRESH_INTERVAL));
            snapshot = new Snapshot(Map.copyOf(all), refreshAt, now);
        } catch (RuntimeException e) {
            if (old == null) {
                snapshot = null;
                throw e;
            }
            LOG.warn("platform certificate refresh failed, keeping {} cached certificate(s): {}", old.certs().size(), e.toString());
            snapshot = new Snapshot(old.certs(), old.refreshAt(), now);
        }
    }

    private Map<String, Cert> download(Instant now) {
        PayJson json = client.context().json();
        Map<String, Cert> old = snapshot == null ? Map.of() : snapshot.certs();
        Map<String, Cert> fresh = new HashMap<>();
        client.execute(PayCall.get("/v3/certificates"), response -> {
            if (response.status() < 300) { // the answer is signed by one of the certificates it carries
                fresh.putAll(parse(json.tree(response.body()), now));
            }
            return serial -> Optional.ofNullable(fresh.getOrDefault(serial, old.get(serial))).map(Cert::verifier);
        });
        if (fresh.isEmpty()) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "GET /v3/certificates returned no valid certificate");
        }
        return fresh;
    }

    private Map<String, Cert> parse(JsonNode tree, Instant now) {
        Map<String, Cert> out = new HashMap<>();
        for (JsonNode item : tree.path("data")) {
            JsonNode enc = item.path("encrypt_certificate");
            String pem = client.context().resourceCipher(enc.path("algorithm").asText(null)).decrypt(enc.path("associated_data").asText(""),
                    enc.path("nonce").asText(), enc.path("ciphertext").asText());
            X509Certificate cert = Pem.certificate(pem);
            String serial = Pem.serialNumber(cert);
            if (!serial.equalsIgnoreCase(item.path("serial_no").asText())) {
                throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "certificate serial differs from serial_no");
            }
            if (cert.getNotAfter().toInstant().isBefore(now)) {
                continue;
            }
            out.put(serial, new Cert(serial, cert, Verifiers.forKey(cert.getPublicKey())));
        }
        return out;
    }

    private Instant now() {
        return client.context().clock().instant();
    }
}
