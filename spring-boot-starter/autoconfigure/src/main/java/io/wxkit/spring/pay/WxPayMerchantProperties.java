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

    public String getMchId() { return mchId; }
    public void setMchId(String mchId) { this.mchId = mchId; }
    public String getAppId() { return appId; }
    public void setAppId(String appId) { this.appId = appId; }
    public Resource getPrivateKey() { return privateKey; }
    public void setPrivateKey(Resource privateKey) { this.privateKey = privateKey; }
    public String getCertSerialNo() { return certSerialNo; }
    public void setCertSerialNo(String certSerialNo) { this.certSerialNo = certSerialNo; }
    public Resource getMerchantCertificate() { return merchantCertificate; }
    public void setMerchantCertificate(Resource merchantCertificate) { this.merchantCertificate = merchantCertificate; }
    public String getApiV3Key() { return apiV3Key; }
    public void setApiV3Key(String apiV3Key) { this.apiV3Key = apiV3Key; }
    public String getPublicKeyId() { return publicKeyId; }
    public void setPublicKeyId(String publicKeyId) { this.publicKeyId = publicKeyId; }
    public Resource getPublicKey() { return publicKey; }
    public void setPublicKey(Resource publicKey) { this.publicKey = publicKey; }
    public boolean isAutoPlatformCertificates() { return autoPlatformCertificates; }
    public void setAutoPlatformCertificates(boolean autoPlatformCertificates) { this.autoPlatformCertificates = autoPlatformCertificates; }
    public String getNotifyUrl() { return notifyUrl; }
    public void setNotifyUrl(String notifyUrl) { this.notifyUrl = notifyUrl; }
    public String getRefundNotifyUrl() { return refundNotifyUrl; }
    public void setRefundNotifyUrl(String refundNotifyUrl) { this.refundNotifyUrl = refundNotifyUrl; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getApiV2Key() { return apiV2Key; }
    public void setApiV2Key(String apiV2Key) { this.apiV2Key = apiV2Key; }
    public Resource getP12() { return p12; }
    public void setP12(Resource p12) { this.p12 = p12; }
    public String getP12Password() { return p12Password; }
    public void setP12Password(String p12Password) { this.p12Password = p12Password; }
}
