package io.wxkit.mp.callback;

/**
 * The account's message encryption mode (消息加解密方式), as chosen on the server settings page
 * (消息推送配置). The handler enforces the mode it is given: whether a request is encrypted is the
 * account's configuration, never the request's say-so.
 *
 * <pre>{@code
 * CallbackHandler h = mp.callback().mode(CallbackMode.SAFE).on(Text.class, m -> null).build();
 * }</pre>
 *
 * <p>The default follows the configuration: {@link #SAFE} with an EncodingAESKey, {@link #PLAIN}
 * without one. See {@code docs/guide/callback.md} for what each mode accepts.
 */
public enum CallbackMode {
    /**
     * 明文模式: WeChat sends plain XML signed with {@code signature} only, which covers the token,
     * timestamp and nonce but not the body. Encrypted requests are refused (400).
     */
    PLAIN,
    /**
     * 兼容模式, for migrating to {@link #SAFE}: an encrypted request ({@code encrypt_type=aes}) is
     * verified by {@code msg_signature}, decrypted and answered encrypted; a plain one is verified by
     * {@code signature} and routed, but its reply is withheld (the answer is {@code success}) unless
     * {@link CallbackBuilder#plaintextReplies(boolean)} allows replies in clear.
     */
    COMPATIBLE,
    /**
     * 安全模式 (WeChat's recommendation): every POST must carry {@code encrypt_type=aes} and a valid
     * {@code msg_signature}; anything else is refused with 403 before the body is read. Needs the
     * EncodingAESKey.
     */
    SAFE
}
