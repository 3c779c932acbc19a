package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.core.internal.crypto.pay.PayCryptoException;
import io.wxkit.core.internal.crypto.pay.SensitiveFields;
import io.wxkit.emulator.internal.http.Request;

import java.util.function.Supplier;

/**
 * Request fields WeChat Pay wants encrypted (user_name, bank_account, real_name): RSA-OAEP with the platform
 * public key, and the request names that key in {@code Wechatpay-Serial}. Thread-safe.
 */
final class SensitiveInput {
    private final Supplier<PlatformKeys> keys;

    SensitiveInput(Supplier<PlatformKeys> keys) {
        this.keys = keys;
    }

    /**
     * The clear text of an encrypted field.
     *
     * @throws PayError PARAM_ERROR when {@code Wechatpay-Serial} names no platform identity or the field does not
     *                  decrypt
     */
    String decrypt(Merchant m, Request r, String field, String ciphertext) {
        PlatformKeys k = keys.get();
        String serial = r.header("Wechatpay-Serial");
        if (serial == null || !(serial.equals(k.publicKeyId()) || serial.equalsIgnoreCase(k.certificateSerial()))) {
            throw PayError.param("请求头 Wechatpay-Serial 缺失或不是微信支付公钥ID/平台证书序列号");
        }
        try {
            return SensitiveFields.decrypt(k.privateKey(), ciphertext);
        } catch (PayCryptoException e) {
            throw PayError.param(field + " 解密失败, 请使用微信支付公钥加密");
        }
    }
}
