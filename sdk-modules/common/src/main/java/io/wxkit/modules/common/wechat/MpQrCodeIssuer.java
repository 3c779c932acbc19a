package io.wxkit.modules.common.wechat;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.qrcode.QrCodeRequest;
import io.wxkit.mp.qrcode.QrCodeTicket;
import io.wxkit.modules.common.spi.QrCodeIssuer;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@link QrCodeIssuer} of an Official Account: a temporary parametric QR code with a string scene
 * ({@code POST /cgi-bin/qrcode/create}, {@code QR_STR_SCENE}) and its {@code showqrcode} image URL.
 * Temporary codes are used because permanent ones are capped at 100,000 per account.
 *
 * <pre>{@code
 * ModuleContext.builder(ds).qrCodes(MpQrCodeIssuer.temporary(mp, Duration.ofDays(30))).build();
 * }</pre>
 */
public final class MpQrCodeIssuer implements QrCodeIssuer {
    private final WxMp mp;
    private final Duration expire;

    private MpQrCodeIssuer(WxMp mp, Duration expire) {
        this.mp = mp;
        this.expire = expire;
    }

    /**
     * Temporary codes valid for {@code expire} (at most 30 days, WeChat's limit). The range is checked when a
     * code is issued.
     *
     * @param mp     the Official Account issuing the codes
     * @param expire how long each code stays valid, 1 s to 30 days
     * @return the issuer
     * @throws NullPointerException if either is null
     */
    public static MpQrCodeIssuer temporary(WxMp mp, Duration expire) {
        return new MpQrCodeIssuer(Objects.requireNonNull(mp, "mp"), Objects.requireNonNull(expire, "expire"));
    }

    @Override
    public String qrCodeUrl(String scene) {
        QrCodeTicket ticket = mp.qrcodes().create(QrCodeRequest.temporary(scene, expire));
        return mp.qrcodes().showUrl(ticket.ticket());
    }
}
