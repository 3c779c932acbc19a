package io.wxkit.pay;

import io.wxkit.pay.observe.PayCallListener;
import io.wxkit.pay.observe.VerificationKey;
import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import io.wxkit.core.internal.crypto.pem.Pem;
import io.wxkit.core.internal.crypto.sm.Sm2PayKeys;
import io.wxkit.core.internal.crypto.sm.Sm4;
import io.wxkit.pay.bill.BillsApi;
import io.wxkit.pay.internal.AutoCertificatePlatformKeys;
import io.wxkit.pay.internal.MigrationPlatformKeys;
import io.wxkit.pay.internal.MutualTls;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.internal.PayContext;
import io.wxkit.pay.internal.PayJson;
import io.wxkit.pay.internal.PlatformKeys;
import io.wxkit.pay.internal.PublicKeyPlatformKeys;
import io.wxkit.pay.internal.RetryPolicy;
import io.wxkit.pay.notification.NotificationsApi;
import io.wxkit.pay.payment.AppApi;
import io.wxkit.pay.payment.H5Api;
import io.wxkit.pay.payment.JsapiApi;
import io.wxkit.pay.payment.NativeApi;
import io.wxkit.pay.payment.TransactionsApi;
import io.wxkit.pay.redpack.RedPacketsApi;
import io.wxkit.pay.refund.RefundsApi;
import io.wxkit.pay.transfer.TransfersApi;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * WeChat Pay (微信支付) for one merchant: APIv3 payments, refunds, notifications, bills, transfers
 * and API v2 red packets. Immutable and thread-safe: build once per merchant id and share it.
 *
 * <pre>{@code
 * WxPay pay = WxPay.builder().mchId(mchId).appId(appId).merchantKey(keyPem, serialNo).apiV3Key(v3Key)
 *     .platformPublicKey(publicKeyId, publicKeyPem).build();
 * JsapiPayParams p = pay.jsapi().prepay(Order.of(outTradeNo, "Ticket", 990, openid).notifyUrl(url));
 * }</pre>
 */
public final class WxPay implements AutoCloseable {
    private final PayClient client;
    private final boolean ownsHttpClient;
    private final JsapiApi jsapi;
    private final NativeApi nativePay;
    private final H5Api h5;
    private final AppApi app;
    private final TransactionsApi transactions;
    private final NotificationsApi notifications;
    private final RefundsApi refunds;
    private final BillsApi bills;
    private final TransfersApi transfers;
    private final RedPacketsApi redPackets;
    private final Function<PayClient, RedPacketsApi> redPacketsFor;

    private WxPay(PayClient client, boolean ownsHttpClient, Function<PayClient, RedPacketsApi> redPacketsFor) {
        this.client = client;
        this.ownsHttpClient = ownsHttpClient;
        this.jsapi = new JsapiApi(client);
        this.nativePay = new NativeApi(client);
        this.h5 = new H5Api(client);
        this.app = new AppApi(client);
        this.transactions = new TransactionsApi(client);
        this.notifications = new NotificationsApi(client);
        this.refunds = new RefundsApi(client);
        this.bills = new BillsApi(client);
        this.transfers = new TransfersApi(client);
        this.redPackets = redPacketsFor.apply(client);
        this.redPacketsFor = redPacketsFor;
    }

    /**
     * A builder; {@code mchId}, {@code merchantKey}, {@code apiV3Key} and a platform mode are required.
     *
     * @return a new builder with WeChat Pay's production hosts, the system UTC clock and no listener
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The merchant id, WeChat Pay's {@code mchid}, e.g. {@code "1900000109"}.
     *
     * @return never null
     */
    public String mchId() {
        return client.context().mchId();
    }

    /**
     * The default {@code appid} of payments, transfers and red packets, e.g. {@code "wxd678efh567hg6787"}.
     *
     * @return the appid given to {@link Builder#appId} or {@link #withAppId}, or {@code null} if none was set
     */
    public String appId() {
        return client.context().appId();
    }

    /**
     * The default {@code notify_url} of orders and refunds that set none.
     *
     * @return the URL given to {@link Builder#notifyUrl}, or {@code null} if none was set
     */
    public String notifyUrl() {
        return client.context().notifyUrl();
    }

    /**
     * This merchant with another default appid (a mini program or app bound to the same mchid):
     * same keys, platform keys, HTTP client and retry budget. Closing the view releases nothing;
     * close the original.
     *
     * <pre>{@code
     * WxPay miniProgram = pay.withAppId("wx8888888888888888");
     * miniProgram.jsapi().prepay(order);   // appid wx888..., same mchid
     * }</pre>
     *
     * @param otherAppId the appid to default to, e.g. a mini program's
     * @return a view of this merchant; this instance is unchanged
     * @throws IllegalArgumentException if {@code otherAppId} is null or blank
     */
    public WxPay withAppId(String otherAppId) {
        if (otherAppId == null || otherAppId.isBlank()) {
            throw new IllegalArgumentException("appId must not be blank");
        }
        return new WxPay(client.withContext(client.context().withAppId(otherAppId)), false, redPacketsFor);
    }

    /**
     * JSAPI / mini-program payment, e.g. {@code pay.jsapi().prepay(Order.of(no, "Ticket", 990, openid))}.
     *
     * @return this merchant's JSAPI payment API; the same instance on every call
     */
    public JsapiApi jsapi() {
        return jsapi;
    }

    /**
     * Native (QR code) payment, e.g. {@code String codeUrl = pay.nativePay().prepay(order)}.
     *
     * @return this merchant's Native payment API; the same instance on every call
     */
    public NativeApi nativePay() {
        return nativePay;
    }

    /**
     * H5 payment in mobile browsers outside WeChat, e.g. {@code String h5Url = pay.h5().prepay(order)}.
     *
     * @return this merchant's H5 payment API; the same instance on every call
     */
    public H5Api h5() {
        return h5;
    }

    /**
     * App payment, e.g. {@code AppPayParams p = pay.app().prepay(order)} for the WeChat SDK's {@code PayReq}.
     *
     * @return this merchant's App payment API; the same instance on every call
     */
    public AppApi app() {
        return app;
    }

    /**
     * Order query and close, e.g. {@code pay.transactions().queryByOutTradeNo("T20240101001")}.
     *
     * @return this merchant's order API; the same instance on every call
     */
    public TransactionsApi transactions() {
        return transactions;
    }

    /**
     * Refunds: apply, query, abnormal refund, e.g. {@code pay.refunds().create(RefundRequest.ofOutTradeNo(no, refundNo, 100, 990))}.
     *
     * @return this merchant's refund API; the same instance on every call
     */
    public RefundsApi refunds() {
        return refunds;
    }

    /**
     * Trade and fund-flow bills (交易账单, 资金账单), e.g. {@code pay.bills().applyTradeBill(date, "ALL", false)}.
     *
     * @return this merchant's bill API; the same instance on every call
     */
    public BillsApi bills() {
        return bills;
    }

    /**
     * Merchant transfers to users' change (商家转账), e.g. {@code pay.transfers().create(TransferRequest.of(..))}.
     *
     * @return this merchant's transfer API; the same instance on every call
     */
    public TransfersApi transfers() {
        return transfers;
    }

    /**
     * API v2 cash red packets (现金红包), e.g. {@code pay.redPackets().send(RedPacket.of(..))}; its calls need
     * {@link Builder#apiV2Key} and {@link Builder#merchantCertificate} and fail without them.
     *
     * @return this merchant's red packet API; the same instance on every call
     */
    public RedPacketsApi redPackets() {
        return redPackets;
    }

    /**
     * Payment, refund and transfer notifications, e.g.
     * {@code PaymentNotification n = pay.notifications().parsePayment(headers, body)}.
     *
     * @return this merchant's notification API; the same instance on every call
     */
    public NotificationsApi notifications() {
        return notifications;
    }

    /**
     * The keys WeChat Pay is verified with right now (the public key, and the platform certificates once
     * downloaded), for health checks of their expiry. Never calls WeChat Pay.
     *
     * <pre>{@code
     * pay.verificationKeys().forEach(k -> check(k.id(), k.notAfter()));   // notAfter null: the public key
     * }</pre>
     *
     * @return a snapshot; empty while automatic certificates have not been downloaded yet
     */
    public List<VerificationKey> verificationKeys() {
        return client.platformKeys().loaded();
    }

    /** Releases the HTTP client's threads and connections if this object created it. */
    @Override
    public void close() {
        if (ownsHttpClient) {
            client.context().httpClient().dispatcher().executorService().shutdown();
            client.context().httpClient().connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "WxPay[mchId=" + client.context().mchId() + "]";
    }

    /** Builds a {@link WxPay}; not thread-safe, {@link #build()} validates every option. */
    public static final class Builder {
        private static final List<String> PRODUCTION = List.of("https://api.mch.weixin.qq.com/", "https://api2.mch.weixin.qq.com/");

        private String mchId;
        private String appId;
        private String merchantKeyPem;
        private String merchantSerial;
        private String apiV3Key;
        private String publicKeyId;
        private String publicKeyPem;
        private boolean autoCertificates;
        private List<String> hosts = PRODUCTION;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;
        private OkHttpClient httpClient;
        private String notifyUrl;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Duration timestampWindow = Duration.ofMinutes(5);
        private String apiV2Key;
        private byte[] pkcs12;
        private String pkcs12Password;
        private javax.net.ssl.X509TrustManager trustManager;
        private Duration redPacketRetryInterval = Duration.ofSeconds(1);
        private PayCallListener listener;

        private Builder() {}

        /**
         * Merchant id, WeChat Pay's {@code mchid}: signs every call and must match each notification's.
         *
         * @param mchId digits, e.g. {@code "1900000109"}; required
         * @return this builder
         */
        public Builder mchId(String mchId) {
            this.mchId = mchId;
            return this;
        }

        /**
         * Default {@code appid} (official account, mini program or app) bound to the merchant, used by
         * orders, transfers and red packets that set none.
         *
         * @param appId e.g. {@code "wxd678efh567hg6787"}; optional
         * @return this builder
         */
        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        /**
         * Merchant API private key ({@code apiclient_key.pem}, RSA or SM2) and its certificate serial; signs
         * the {@code Authorization} header of every APIv3 call and the front-end {@code paySign}.
         *
         * @param privateKeyPem PKCS#8 PEM text ({@code -----BEGIN PRIVATE KEY-----}); required
         * @param certSerialNo  the merchant API certificate's serial ({@code serial_no}, 40 hex digits); required
         * @return this builder
         */
        public Builder merchantKey(String privateKeyPem, String certSerialNo) {
            this.merchantKeyPem = privateKeyPem;
            this.merchantSerial = certSerialNo;
            return this;
        }

        /**
         * The APIv3 key set in the merchant platform (APIv3密钥): decrypts notifications and platform
         * certificates (AES-256-GCM, or SM4-GCM for national-crypto merchants).
         *
         * @param apiV3Key exactly 32 bytes in UTF-8; required ({@link #build()} checks the length)
         * @return this builder
         */
        public Builder apiV3Key(String apiV3Key) {
            this.apiV3Key = apiV3Key;
            return this;
        }

        /**
         * Verify WeChat Pay with its public key ({@code PUB_KEY_ID_...} and {@code pub_key.pem}). With
         * {@link #autoPlatformCertificates()} as well, both are used during the switch: the verifier is
         * chosen by {@code Wechatpay-Serial} ({@code PUB_KEY_ID_...} → this key, any other serial → the
         * certificates), an unknown serial is refused, and sensitive fields are encrypted with this key.
         *
         * @param publicKeyId  the key's id, {@code PUB_KEY_ID_} followed by digits (it is the {@code Wechatpay-Serial}
         *                     of answers it signed)
         * @param publicKeyPem the {@code pub_key.pem} text ({@code -----BEGIN PUBLIC KEY-----})
         * @return this builder
         */
        public Builder platformPublicKey(String publicKeyId, String publicKeyPem) {
            this.publicKeyId = publicKeyId;
            this.publicKeyPem = publicKeyPem;
            return this;
        }

        /**
         * Verify WeChat Pay with platform certificates downloaded and refreshed automatically; may be
         * combined with {@link #platformPublicKey} while a merchant migrates to the public key. The first
         * download happens on the first call that needs a platform key.
         *
         * @return this builder
         */
        public Builder autoPlatformCertificates() {
            this.autoCertificates = true;
            return this;
        }

        /**
         * One base URL instead of {@code https://api.mch.weixin.qq.com/} and its backup
         * {@code api2.mch.weixin.qq.com}: the emulator or a MockWebServer.
         *
         * @param baseUrl e.g. {@code "http://localhost:8089/"}; a missing trailing {@code /} is added
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.hosts = List.of(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
            return this;
        }

        /**
         * A primary and a backup base URL; retries after transport errors and 5xx alternate between them.
         *
         * @param primary the host tried first, e.g. {@code "https://api.mch.weixin.qq.com/"}
         * @param backup  the host of the second attempt, e.g. {@code "https://api2.mch.weixin.qq.com/"}
         * @return this builder
         */
        public Builder baseUrl(String primary, String backup) {
            this.hosts = List.of(primary.endsWith("/") ? primary : primary + "/", backup.endsWith("/") ? backup : backup + "/");
            return this;
        }

        /**
         * Time source for request timestamps and the notification window.
         *
         * @param clock default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Random source for nonces and backoff jitter.
         *
         * @param random default a new {@link SecureRandom}
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = random;
            return this;
        }

        /**
         * The OkHttp client to use (shared connection pool); closing this WxPay leaves it open. Without one,
         * the WxPay creates its own (5 s connect, 10 s read timeout) and {@link WxPay#close()} releases it.
         *
         * @param httpClient the client; its timeouts apply to every call
         * @return this builder
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * Default {@code notify_url} for orders and refunds that do not set one.
         *
         * @param notifyUrl an HTTPS URL without query parameters, as WeChat Pay requires
         * @return this builder
         */
        public Builder notifyUrl(String notifyUrl) {
            this.notifyUrl = notifyUrl;
            return this;
        }

        /**
         * Retry budget for 5xx and transport failures (default 3 attempts, 100 ms base, 2 s cap): exponential
         * backoff with jitter; only idempotent calls are retried on an ambiguous outcome.
         *
         * @param maxAttempts attempts in all, at least 1
         * @param baseDelay   the wait before the second attempt
         * @param maxDelay    the cap of any one wait
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or a delay is negative
         */
        public Builder retry(int maxAttempts, Duration baseDelay, Duration maxDelay) {
            this.retryPolicy = new RetryPolicy(maxAttempts, baseDelay, maxDelay);
            return this;
        }

        /**
         * Allowed distance of {@code Wechatpay-Timestamp} from now (default 5 minutes); a notification or
         * answer outside it is refused ({@code TIMESTAMP_EXPIRED}).
         *
         * @param window the tolerance either side of the clock
         * @return this builder
         */
        public Builder timestampWindow(Duration window) {
            this.timestampWindow = window;
            return this;
        }

        /**
         * The API v2 key (API密钥) that signs red packet requests (MD5 or HMAC-SHA256 {@code sign}).
         *
         * @param apiV2Key 32 characters; needed only for {@link WxPay#redPackets()}
         * @return this builder
         */
        public Builder apiV2Key(String apiV2Key) {
            this.apiV2Key = apiV2Key;
            return this;
        }

        /**
         * The merchant client certificate ({@code apiclient_cert.p12}) for red packets' mutual TLS; its
         * password is the mchid, as WeChat Pay issues it.
         *
         * @param pkcs12 the file's bytes; copied
         * @return this builder
         */
        public Builder merchantCertificate(byte[] pkcs12) {
            return merchantCertificate(pkcs12, null);
        }

        /**
         * The merchant client certificate with an explicit PKCS#12 password.
         *
         * @param pkcs12   the file's bytes; copied
         * @param password the PKCS#12 password, or {@code null} for the mchid
         * @return this builder
         * @throws NullPointerException if {@code pkcs12} is null
         */
        public Builder merchantCertificate(byte[] pkcs12, String password) {
            this.pkcs12 = pkcs12.clone();
            this.pkcs12Password = password;
            return this;
        }

        /**
         * Which servers the mutual-TLS client trusts (default: the JDK trust store); for private CAs and tests.
         *
         * @param trustManager the trust manager of red packet calls
         * @return this builder
         */
        public Builder tlsTrustManager(javax.net.ssl.X509TrustManager trustManager) {
            this.trustManager = trustManager;
            return this;
        }

        /**
         * Wait between a red packet query and a re-send with the same {@code mch_billno} (default 1 s,
         * WeChat's minimum).
         *
         * @param interval the pause
         * @return this builder
         */
        public Builder redPacketRetryInterval(Duration interval) {
            this.redPacketRetryInterval = interval;
            return this;
        }

        /**
         * Observes every APIv3 call (for metrics); see {@link PayCallListener}. None by default.
         *
         * @param listener called once per finished call, on the calling thread
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         */
        public Builder listener(PayCallListener listener) {
            this.listener = java.util.Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return a new, independent WxPay: two builds share nothing, not even the HTTP client unless given
         * @throws IllegalStateException naming the missing or invalid option
         */
        public WxPay build() {
            require(mchId, "mchId is required (WxPay.builder().mchId(..))");
            require(merchantKeyPem, "merchantKey is required (WxPay.builder().merchantKey(privateKeyPem, certSerialNo))");
            require(merchantSerial, "the merchant certificate serial is required (merchantKey(pem, certSerialNo))");
            require(apiV3Key, "apiV3Key is required (WxPay.builder().apiV3Key(..))");
            if (!autoCertificates || publicKeyPem != null || publicKeyId != null) {
                require(publicKeyPem, "a platform mode is required: platformPublicKey(id, pem) and/or autoPlatformCertificates()");
                require(publicKeyId, "the WeChat Pay public key id is required (platformPublicKey(id, pem))");
                if (autoCertificates && !publicKeyId.startsWith("PUB_KEY_ID_")) { // the serial routing depends on it
                    throw new IllegalStateException("with autoPlatformCertificates() the public key id must start with PUB_KEY_ID_");
                }
            }
            if (apiV3Key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length != 32) {
                throw new IllegalStateException("apiV3Key must be 32 bytes");
            }
            PrivateKey key = Pem.privateKey(merchantKeyPem);
            PaySigner signer = key.getAlgorithm().equals("RSA") ? PaySigner.rsa(key) : Sm2PayKeys.signer(key);
            List<ResourceCipher> ciphers = List.of(ResourceCipher.aes256Gcm(apiV3Key), Sm4.resourceCipher(apiV3Key));
            boolean owns = httpClient == null;
            OkHttpClient http = owns ? new OkHttpClient.Builder()
                    .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10)).build() : httpClient;
            PayContext ctx = new PayContext(mchId, appId, signer, key, merchantSerial, ciphers,
                    hosts.stream().map(HttpUrl::get).toList(), http, clock, random == null ? new SecureRandom() : random,
                    new PayJson(), retryPolicy, userAgent(), timestampWindow, notifyUrl);
            PlatformKeys publicKey = publicKeyPem == null ? null : new PublicKeyPlatformKeys(publicKeyId, Pem.publicKey(publicKeyPem));
            Function<PayClient, PlatformKeys> platform = !autoCertificates ? c -> publicKey
                    : publicKey == null ? AutoCertificatePlatformKeys::new
                    : c -> new MigrationPlatformKeys(publicKey, new AutoCertificatePlatformKeys(c));
            okhttp3.OkHttpClient mtls = pkcs12 == null ? null : MutualTls.client(http, pkcs12,
                    (pkcs12Password != null ? pkcs12Password : mchId).toCharArray(), trustManager, ctx.random());
            String v2Key = apiV2Key;
            Duration interval = redPacketRetryInterval;
            return new WxPay(new PayClient(ctx, platform, listener), owns, c -> new RedPacketsApi(c, mtls, v2Key, interval));
        }

        private static void require(String value, String message) {
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(message);
            }
        }

        private static String userAgent() {
            return "wxkit-pay/0.1 Java/" + System.getProperty("java.version") + " (" + System.getProperty("os.name") + ")";
        }
    }
}
