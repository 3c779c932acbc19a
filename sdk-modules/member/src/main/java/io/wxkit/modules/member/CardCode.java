package io.wxkit.modules.member;

import java.time.Instant;

/**
 * What the H5 member card renders as a QR code or barcode: {@code payload} is plain ASCII, valid until
 * {@code validUntil}, after which the page fetches a new one (a screenshot stops working within minutes).
 *
 * @param cardNo     the card number, for display under the code
 * @param payload    the string to encode, {@code WXM1.<cardNo>.<window>.<signature>}
 * @param validUntil when a scanner stops accepting it
 */
public record CardCode(String cardNo, String payload, Instant validUntil) {
}
