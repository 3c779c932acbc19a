package io.wxkit.emulator.internal.pay;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A merchant registered with the emulator: {@code mchid}, the bound {@code appid}, the APIv3 key that encrypts
 * its notifications, the public key and serial of its API certificate (to verify its request signatures),
 * which platform identity its responses name ({@code publicKey} or {@code certificate} mode), and for v2 red
 * packets the API certificate itself (the TLS client identity) and the v2 API key ({@code null} when absent).
 */
public record Merchant(String mchId, String appId, String apiV3Key, PublicKey merchantKey, String serialNo,
                       boolean publicKeyMode, X509Certificate certificate, String apiV2Key) {

    public Merchant {
        Objects.requireNonNull(merchantKey, "merchantKey");
        if (mchId == null || mchId.isBlank() || mchId.length() > 32) {
            throw new IllegalArgumentException("mchId is required (at most 32 characters)");
        }
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("appId is required");
        }
        if (apiV3Key == null || apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new IllegalArgumentException("apiV3Key must be 32 bytes");
        }
        if (serialNo == null || serialNo.isBlank()) {
            throw new IllegalArgumentException("serialNo is required");
        }
        if (apiV2Key != null && apiV2Key.length() != 32) {
            throw new IllegalArgumentException("apiKey (v2) must be 32 characters");
        }
    }

    @Override
    public String toString() {
        return "Merchant[mchId=" + mchId + ", appId=" + appId + ", serialNo=" + serialNo + ", apiV3Key=***, apiKey=***]";
    }
}
