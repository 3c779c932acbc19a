package io.wxkit.spring.pay;

import org.springframework.core.io.Resource;

/** One WeChat Pay merchant (商户): keys, platform verification and notify URLs. */
public class WxPayMerchantProperties {
    /** The merchant id (商户号, mchid). */
    private String mchId;
    /** The default appid paying through this merchant. */
    private String appId;
    /** The merchant API private key ({@code apiclient_key.pem}), e.g. {@code classpath:} or {@code file:}. Never logged. */
    private Resource privateKey;
    /** The serial number of the merchant API certificate (商户API证书序列号). */
    private String certSerialNo;
    /**
     * The merchant API certificate ({@code apiclient_cert.pem}) location, for the health indicator's expiry check
     * (without it the p12's certificate is read, if one is set); its serial must be cert-serial-no.
     */
    private Resource merchantCertificate;
    /** The APIv3 key (APIv3密钥), 32 characters. Never logged. */
    private String apiV3Key;
    /** The WeChat Pay public key id (微信支付公钥ID, {@code PUB_KEY_ID_...}). */
    private String publicKeyId;
    /** The WeChat Pay public key ({@code pub_key.pem}) location. */
    private Resource publicKey;
    /** Download and refresh the platform certificates (平台证书); with public-key-id too while migrating to the public key. */
    private boolean autoPlatformCertificates;
    /** The payment notify URL (notify_url) sent with every prepay. */
    private String notifyUrl;
    /** The refund notify URL; its path is served by the notification endpoint too. */
    private String refundNotifyUrl;
    /** API base URL (default {@code https://api.mch.weixin.qq.com/} with its backup host), e.g. the emulator. */
    private String baseUrl;
    /** The APIv2 key, for red packets (现金红包). Never logged. */
    private String apiV2Key;
    /** The merchant client certificate ({@code apiclient_cert.p12}) location, for red packets over mutual TLS. */
    private Resource p12;
    /** The PKCS#12 password (default: the mch-id, as WeChat Pay issues it). Never logged. */
    private String p12Password;

    /**
     * {@code mch-id}: the merchant id (商户号, {@code mchid}) issued by WeChat Pay; required, and unique among
     * the configured merchants.
     *
     * @return the merchant id, or {@code null} when not set
     */
    public String getMchId() { return mchId; }

    /**
     * Binds {@code mch-id} (see {@link #getMchId()}).
     *
     * @param mchId the merchant id
     */
    public void setMchId(String mchId) { this.mchId = mchId; }

    /**
     * {@code app-id}: the default AppID (of an Official Account, Mini Program or app) that pays through this
     * merchant; sent as {@code appid} where a call takes none of its own. Required by the shop module.
     *
     * @return the AppID, or {@code null} when not set
     */
    public String getAppId() { return appId; }

    /**
     * Binds {@code app-id} (see {@link #getAppId()}).
     *
     * @param appId the AppID
     */
    public void setAppId(String appId) { this.appId = appId; }

    /**
     * {@code private-key}: the merchant API private key ({@code apiclient_key.pem}) as a Spring resource
     * location ({@code classpath:}, {@code file:}); signs every request. Required; read once at startup. A
     * secret: never logged.
     *
     * @return the key's location, or {@code null} when not set
     */
    public Resource getPrivateKey() { return privateKey; }

    /**
     * Binds {@code private-key} (see {@link #getPrivateKey()}).
     *
     * @param privateKey the key's location
     */
    public void setPrivateKey(Resource privateKey) { this.privateKey = privateKey; }

    /**
     * {@code cert-serial-no}: the serial number of the merchant API certificate (商户API证书序列号), sent in every
     * request's {@code Authorization} header; required.
     *
     * @return the serial, or {@code null} when not set
     */
    public String getCertSerialNo() { return certSerialNo; }

    /**
     * Binds {@code cert-serial-no} (see {@link #getCertSerialNo()}).
     *
     * @param certSerialNo the serial number, in hex as WeChat Pay shows it
     */
    public void setCertSerialNo(String certSerialNo) { this.certSerialNo = certSerialNo; }

    /**
     * {@code merchant-certificate}: the merchant API certificate ({@code apiclient_cert.pem}) location, read
     * only for the health indicator's expiry check; its serial must be {@code cert-serial-no}. Unset, the
     * certificate inside {@code p12} is used if that is set, and otherwise the expiry is not checked.
     *
     * @return the certificate's location, or {@code null}
     */
    public Resource getMerchantCertificate() { return merchantCertificate; }

    /**
     * Binds {@code merchant-certificate} (see {@link #getMerchantCertificate()}).
     *
     * @param merchantCertificate the certificate's location
     */
    public void setMerchantCertificate(Resource merchantCertificate) { this.merchantCertificate = merchantCertificate; }

    /**
     * {@code api-v3-key}: the APIv3 key (APIv3密钥), exactly 32 characters; decrypts notifications and
     * downloaded platform certificates. Required. A secret: never logged.
     *
     * @return the APIv3 key, or {@code null} when not set
     */
    public String getApiV3Key() { return apiV3Key; }

    /**
     * Binds {@code api-v3-key} (see {@link #getApiV3Key()}).
     *
     * @param apiV3Key the APIv3 key
     */
    public void setApiV3Key(String apiV3Key) { this.apiV3Key = apiV3Key; }

    /**
     * {@code public-key-id}: the WeChat Pay public key id (微信支付公钥ID, {@code PUB_KEY_ID_...}); with {@code
     * public-key}, what WeChat Pay's answers and notifications are verified with. Either this or {@code
     * auto-platform-certificates} is required.
     *
     * @return the key id, or {@code null} when not set
     */
    public String getPublicKeyId() { return publicKeyId; }

    /**
     * Binds {@code public-key-id} (see {@link #getPublicKeyId()}).
     *
     * @param publicKeyId the key id
     */
    public void setPublicKeyId(String publicKeyId) { this.publicKeyId = publicKeyId; }

    /**
     * {@code public-key}: the WeChat Pay public key ({@code pub_key.pem}) location; required with {@code
     * public-key-id}.
     *
     * @return the key's location, or {@code null}
     */
    public Resource getPublicKey() { return publicKey; }

    /**
     * Binds {@code public-key} (see {@link #getPublicKey()}).
     *
     * @param publicKey the key's location
     */
    public void setPublicKey(Resource publicKey) { this.publicKey = publicKey; }

    /**
     * {@code auto-platform-certificates}: download the platform certificates (平台证书) and refresh them in the
     * background, for merchants not yet on the public key; set it together with {@code public-key-id} while
     * migrating, so both are accepted. Default {@code false}.
     *
     * @return whether platform certificates are downloaded
     */
    public boolean isAutoPlatformCertificates() { return autoPlatformCertificates; }

    /**
     * Binds {@code auto-platform-certificates} (see {@link #isAutoPlatformCertificates()}).
     *
     * @param autoPlatformCertificates {@code true} to download platform certificates
     */
    public void setAutoPlatformCertificates(boolean autoPlatformCertificates) { this.autoPlatformCertificates = autoPlatformCertificates; }

    /**
     * {@code notify-url}: the payment notify URL ({@code notify_url}) sent with every prepay, an absolute
     * {@code https} URL WeChat Pay can reach; its path is served by the notification endpoint.
     *
     * @return the notify URL, or {@code null} when not set
     */
    public String getNotifyUrl() { return notifyUrl; }

    /**
     * Binds {@code notify-url} (see {@link #getNotifyUrl()}).
     *
     * @param notifyUrl the notify URL
     */
    public void setNotifyUrl(String notifyUrl) { this.notifyUrl = notifyUrl; }

    /**
     * {@code refund-notify-url}: the notify URL your refund calls send ({@code notify_url} of a refund);
     * the starter does not add it to refunds, it serves its path at the notification endpoint, so refund
     * notifications arriving there are verified and published.
     *
     * @return the refund notify URL, or {@code null}
     */
    public String getRefundNotifyUrl() { return refundNotifyUrl; }

    /**
     * Binds {@code refund-notify-url} (see {@link #getRefundNotifyUrl()}).
     *
     * @param refundNotifyUrl the refund notify URL
     */
    public void setRefundNotifyUrl(String refundNotifyUrl) { this.refundNotifyUrl = refundNotifyUrl; }

    /**
     * {@code base-url}: the API base URL, e.g. an emulator's address in tests. Unset, {@code
     * https://api.mch.weixin.qq.com/} with its backup host.
     *
     * @return the base URL, or {@code null} for WeChat Pay's own hosts
     */
    public String getBaseUrl() { return baseUrl; }

    /**
     * Binds {@code base-url} (see {@link #getBaseUrl()}).
     *
     * @param baseUrl the base URL, or {@code null}
     */
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }

    /**
     * {@code api-v2-key}: the APIv2 key, needed only for red packets (现金红包), which still use APIv2's MD5
     * signatures. A secret: never logged.
     *
     * @return the APIv2 key, or {@code null}
     */
    public String getApiV2Key() { return apiV2Key; }

    /**
     * Binds {@code api-v2-key} (see {@link #getApiV2Key()}).
     *
     * @param apiV2Key the APIv2 key
     */
    public void setApiV2Key(String apiV2Key) { this.apiV2Key = apiV2Key; }

    /**
     * {@code p12}: the merchant client certificate ({@code apiclient_cert.p12}) location, needed only for red
     * packets, which WeChat Pay takes over mutual TLS.
     *
     * @return the PKCS#12 file's location, or {@code null}
     */
    public Resource getP12() { return p12; }

    /**
     * Binds {@code p12} (see {@link #getP12()}).
     *
     * @param p12 the PKCS#12 file's location
     */
    public void setP12(Resource p12) { this.p12 = p12; }

    /**
     * {@code p12-password}: the password of {@code p12}. Unset, the {@code mch-id}, which is how WeChat Pay
     * issues the file. A secret: never logged.
     *
     * @return the password, or {@code null} for the mch-id
     */
    public String getP12Password() { return p12Password; }

    /**
     * Binds {@code p12-password} (see {@link #getP12Password()}).
     *
     * @param p12Password the password
     */
    public void setP12Password(String p12Password) { this.p12Password = p12Password; }
}
