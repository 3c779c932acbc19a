package io.wxkit.emulator.pay;

import io.wxkit.emulator.account.Accounts;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The emulator's WeChat Pay side, assembled: platform keys (generated on first use), merchants, orders, refunds,
 * notifications, v2 red packets on the mutual-TLS port, and their routes. Thread-safe.
 */
public final class PayModule implements Resettable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PayModule.class);
    private final PayState state = new PayState();
    private final Clock clock;
    private final SecureRandom random;
    private final Executor executor;
    private CompletableFuture<PlatformKeys> keys;
    private final PayControlEndpoints control;
    private final RedPackEndpoints redPacks;
    private final TlsServer tls;

    /** Wiring options: notification retry schedule and timeout. */
    public record Options(List<Duration> retrySchedule, Duration notifyTimeout) {
        public Options {
            retrySchedule = List.copyOf(retrySchedule);
        }
    }

    public PayModule(Router router, Accounts accounts, Json json, Clock clock, SecureRandom random,
                     Executor executor, ScheduledExecutorService scheduler, Options options) {
        this.clock = clock;
        this.random = random;
        this.executor = executor;
        PayGate gate = new PayGate(state, this::platformKeys, json, clock, random);
        HttpClient http = HttpClient.newBuilder().connectTimeout(options.notifyTimeout()).executor(executor)
                .version(HttpClient.Version.HTTP_1_1).build();
        Notifier notifier = new Notifier(this::platformKeys, json, clock, random, http, scheduler, options.retrySchedule(),
                options.notifyTimeout());
        new TransactionEndpoints(state, gate, clock, random).routes(router);
        new RefundEndpoints(state, gate, notifier, clock, random).routes(router);
        control = new PayControlEndpoints(state, gate, notifier, this::platformKeys, clock, random);
        control.routes(router);
        redPacks = new RedPackEndpoints(state, accounts, clock, random);
        redPacks.routes(router);
        tls = new TlsServer(router);
    }

    /**
     * Registers (or replaces) a merchant.
     *
     * @param merchantKeyPem the merchant API certificate ({@code apiclient_cert.pem}) or its public key
     * @param serialNo       the certificate serial ({@code serial_no}); may be null with a certificate
     * @throws io.wxkit.emulator.internal.http.ControlError 400 when a value is invalid
     */
    public String registerMerchant(Json json, String mchId, String appId, String apiV3Key, String merchantKeyPem,
                                   String serialNo, boolean publicKeyMode) {
        var b = json.object().put("mchId", mchId).put("appId", appId).put("apiV3Key", apiV3Key)
                .put("serialNo", serialNo).put("platformMode", publicKeyMode ? "publicKey" : "certificate");
        b.put(merchantKeyPem.contains("CERTIFICATE") ? "merchantCertificatePem" : "merchantPublicKeyPem",
                merchantKeyPem);
        return control.merchant(b).serialNo();
    }

    /**
     * Pays an order (as {@code POST /emulator/orders/{outTradeNo}/pay}).
     *
     * @throws io.wxkit.emulator.internal.http.ControlError 404 unknown, 409 not payable
     */
    public PaidOrder pay(String outTradeNo, String payerOpenid) {
        return control.pay(outTradeNo, null, payerOpenid);
    }

    /** The platform identity, generated on first use (an RSA-2048 key pair, 0.1–1 s). */
    public PlatformKeys platformKeys() {
        return ensureKeys().join();
    }

    /**
     * Starts generating the platform key in the background if nobody has yet; the TLS port starts serving once
     * it exists. Tests that never touch pay never pay for the key.
     */
    private synchronized CompletableFuture<PlatformKeys> ensureKeys() {
        if (keys == null) {
            keys = CompletableFuture.supplyAsync(() -> PlatformKeys.generate(random, clock.instant()), executor);
            keys.whenComplete((k, failure) -> {
                if (failure != null) {
                    LOG.error("the emulator's WeChat Pay platform key could not be generated", failure);
                } else {
                    tls.start(k, state::isMerchantCertificate);
                }
            });
        }
        return keys;
    }

    /** The port of the mutual-TLS pay server (v2 red packets). */
    public int tlsPort() {
        ensureKeys();
        return tls.port();
    }

    /** Stops the mutual-TLS server. */
    public void close() {
        tls.stop();
    }

    @Override
    public void reset() {
        state.reset();
        redPacks.reset();
    }
}
