package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.emulator.pay.PaidOrder;
import io.wxkit.emulator.internal.account.Accounts;
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
 * The emulator's WeChat Pay side, assembled: platform keys (generated on first use), merchants and their ledgers,
 * orders and their states, refunds, transfer bills, trade and fund-flow bills, notifications with WeChat's retry
 * schedules, v2 red packets on the mutual-TLS port, and their routes. Thread-safe.
 */
public final class PayModule implements Resettable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PayModule.class);
    private final PayState state = new PayState();
    private final Clock clock;
    private final SecureRandom random;
    private final Executor executor;
    private CompletableFuture<PlatformKeys> keys;
    private final PayControlEndpoints control;
    private final PayScenarioEndpoints scenarios;
    private final RedPackEndpoints redPacks;
    private final BillEndpoints bills;
    private final TransferEndpoints transfers;
    private final Notifier notifier;
    private final TlsServer tls;

    /** WeChat Pay's documented retry delays for payment and refund notifications. */
    public static final List<Duration> WECHAT_PAY_RETRIES = Notifier.PAYMENT_RETRIES;

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
        PayIds ids = new PayIds(random);
        notifier = new Notifier(this::platformKeys, json, clock, ids, http, scheduler, options.retrySchedule(),
                options.notifyTimeout());
        SensitiveInput sensitive = new SensitiveInput(this::platformKeys);
        Refunds refunds = new Refunds(state, notifier, accounts, clock, ids);
        new TransactionEndpoints(state, gate, clock, random).routes(router);
        new RefundEndpoints(state, gate, refunds, sensitive, clock, ids).routes(router);
        transfers = new TransferEndpoints(state, gate, notifier, sensitive, accounts, json, clock, ids);
        transfers.routes(router);
        bills = new BillEndpoints(state, gate, clock, ids);
        bills.routes(router);
        control = new PayControlEndpoints(state, gate, notifier, this::platformKeys, clock, ids);
        control.routes(router);
        scenarios = new PayScenarioEndpoints(state, control, refunds, notifier);
        scenarios.routes(router);
        redPacks = new RedPackEndpoints(state, accounts, clock, ids);
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

    /**
     * Finishes a refund held by the manual-refund option (as {@code POST /emulator/refunds/{no}/finish}).
     *
     * @param status SUCCESS, ABNORMAL or CLOSED
     * @throws io.wxkit.emulator.internal.http.ControlError 400 bad status, 404 unknown, 409 not PROCESSING
     */
    public void finishRefund(String outRefundNo, String status) {
        scenarios.finish(outRefundNo, null, status);
    }

    /**
     * A user opens a red packet or takes a share of a group one (as {@code POST /emulator/redpacks/{no}/open}).
     *
     * @return the amount received, in fen
     * @throws io.wxkit.emulator.internal.http.ControlError 404 unknown packet or user, 409 not theirs or none left
     */
    public long openRedPacket(String mchBillno, String openid) {
        return redPacks.open(mchBillno, null, openid);
    }

    /**
     * The payee confirms ({@code SUCCESS}) or declines ({@code CANCELLED}) a transfer bill awaiting them (as
     * {@code POST /emulator/transfers/{outBillNo}/confirm|reject}); MCHTRANSFER.BILL.FINISHED follows.
     *
     * @throws io.wxkit.emulator.internal.http.ControlError 404 unknown, 409 not awaiting the user or no balance
     */
    public void answerTransfer(String outBillNo, boolean confirm) {
        transfers.userAnswers(outBillNo, null, confirm);
    }

    /**
     * Moves an unpaid order to USERPAYING, PAYERROR, REVOKED or CLOSED (as {@code POST
     * /emulator/orders/{no}/user-paying|fail|revoke}).
     *
     * @throws io.wxkit.emulator.internal.http.ControlError 404 unknown, 409 the order is not open
     */
    public void moveOrder(String outTradeNo, String tradeState) {
        scenarios.move(control.order(outTradeNo, null), tradeState);
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
        bills.reset();
        notifier.reset();
    }
}
