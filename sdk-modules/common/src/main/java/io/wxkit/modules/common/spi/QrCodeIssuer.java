package io.wxkit.modules.common.spi;

/**
 * Issues a parametric QR code (带参数二维码) for a scene string such as {@code vote:42}: scanning it
 * follows the account (if needed) and delivers the scene in the subscribe or scan event, so the callback
 * can send the user into the activity. The wired implementation is
 * {@code io.wxkit.modules.common.wechat.MpQrCodeIssuer}.
 *
 * <pre>{@code
 * String imageUrl = issuer.qrCodeUrl("vote:42");
 * }</pre>
 */
@FunctionalInterface
public interface QrCodeIssuer {

    /**
     * Issues a code for {@code scene}; may call WeChat.
     *
     * @param scene the scene string delivered back in the scan event, 1-64 characters
     * @return the URL of the QR code image
     * @throws RuntimeException whatever the issuer's transport throws (a {@code WxApiException} for the
     *                          wired one), or {@link IllegalArgumentException} for a malformed scene
     */
    String qrCodeUrl(String scene);
}
