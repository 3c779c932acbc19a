package io.wxkit.emulator.pay;

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
 * The emulator's WeChat Pay APIv3 side, assembled: platform keys (generated in the background at start so the
 * server is up at once), merchants, orders, refunds, notifications, and their routes. Thread-safe.
 */
public final class PayModule implements Resettable {
    private final PayState state = new PayState();
    private final CompletableFuture<PlatformKeys> keys;
    private final PayControlEndpoints control;

    /** Wiring options: notification retry schedule and timeout. */
    public record Options(List<Duration> retrySchedule, Duration notifyTimeout) {
        public Options {
            retrySchedule = List.copyOf(retrySchedule);
        }
    }

    public PayModule(Router router, Json json, Clock clock, SecureRandom random, Executor executor,
                     ScheduledExecutorService scheduler, Options options) {
        this.keys = CompletableFuture.supplyAsync(() -> PlatformKeys.generate(random, clock.instant()), executor);
        PayGate gate = new PayGate(state, keys::join, json, clock, random);
        HttpClient http = HttpClient.newBuilder().connectTimeout(options.notifyTimeout()).executor(executor)
                .version(HttpClient.Version.HTTP_1_1).build();
        Notifier notifier = new Notifier(keys::join, json, clock, random, http, scheduler, options.retrySchedule(),
                options.notifyTimeout());
        new TransactionEndpoints(state, gate, clock, random).routes(router);
        new RefundEndpoints(state, gate, notifier, clock, random).routes(router);
        control = new PayControlEndpoints(state, gate, notifier, keys::join, clock, random);
        control.routes(router);
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

    /** The platform identity (waits for key generation on first use). */
    public PlatformKeys platformKeys() {
        return keys.join();
    }

    @Override
    public void reset() {
        state.reset();
    }
}
