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

    /** The URL of the QR code image for {@code scene} (at most 64 characters). */
    String qrCodeUrl(String scene);
}
