package io.wxkit.examples.member;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The member card's code as a QR symbol, drawn on the server as inline SVG: the counter's scanner reads it off
 * the phone's screen, no script needed on the page. ZXing's core encodes (docs/decisions.md, examples: the
 * user's side); this class only turns its module matrix into one SVG path.
 */
final class CardQr {
    /** Four light modules around the symbol: the quiet zone ISO/IEC 18004 asks for. */
    private static final int QUIET_ZONE = 4;

    private CardQr() {
    }

    /**
     * An {@code <svg>} element (viewBox in modules, {@code size} pixels wide) for {@code payload}; the markup is
     * made here from the module matrix only, so the payload's characters never reach the page as markup.
     */
    static String svg(String payload, int size) {
        BitMatrix m = matrix(payload);
        int w = m.getWidth();
        int h = m.getHeight();
        StringBuilder path = new StringBuilder(w * h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + size
                + "\" height=\"" + size + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"会员码 QR code\">"
                + "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix matrix(String payload) {
        try {
            // width and height 0: one matrix cell per module, the SVG scales it
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the card code does not fit a QR symbol: " + e.getMessage(), e);
        }
    }
}
