package io.wxkit.modules.member;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The scannable code of the H5 member card: the card number, the current minute window and an
 * HMAC-SHA256 over both with the application's card secret, so a scanner can check a code offline-fast and
 * a copied code dies within two windows.
 *
 * <pre>{@code
 * CardCode code = member.cards().codeFor(openid);          // the H5 page renders code.payload()
 * Member m = member.cards().verify(scannedPayload);          // at the counter
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class MemberCards {
    static final long WINDOW_MS = 60_000;
    static final String PREFIX = "WXM1";
    private final ModuleContext context;
    private final Transactions tx;
    private final byte[] secret;

    MemberCards(ModuleContext context, byte[] secret) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
        this.secret = secret.clone();
    }

    /**
     * A fresh code for the member bound to {@code openid}.
     *
     * @param openid the member's openid, 1-64 characters of {@code [A-Za-z0-9_-]}
     * @return the card number, the payload to render as a QR code, and when the payload stops being accepted
     * @throws ModuleException {@code INVALID_INPUT}, {@code MEMBER_NOT_FOUND}
     */
    public CardCode codeFor(String openid) {
        Participant.requireId("openid", openid);
        Member m = tx.run(h -> MemberRows.byOpenid(h, openid, false)).orElseThrow(() -> Members.notFound(openid));
        long window = context.clock().millis() / WINDOW_MS;
        return new CardCode(m.cardNo(), PREFIX + "." + m.cardNo() + "." + window + "." + sign(m.cardNo(), window),
                Instant.ofEpochMilli((window + 2) * WINDOW_MS));
    }

    /**
     * The member of a scanned {@code payload}, accepted in its own window and the next one.
     *
     * @param payload {@code WXM1.<card>.<minute window>.<signature>}, or null
     * @return the member with that card
     * @throws ModuleException {@code CARD_CODE_INVALID}, {@code CARD_CODE_EXPIRED}, {@code MEMBER_NOT_FOUND}
     */
    public Member verify(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\\.", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || !CardNumbers.valid(parts[1]) || !parts[2].matches("[0-9]{1,12}")) {
            throw new ModuleException(MemberError.CARD_CODE_INVALID, "not a member card code");
        }
        long window = Long.parseLong(parts[2]);
        if (!MessageDigest.isEqual(sign(parts[1], window).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            throw new ModuleException(MemberError.CARD_CODE_INVALID, "the card code's signature is wrong");
        }
        long now = context.clock().millis() / WINDOW_MS;
        if (window > now || now - window > 1) {
            throw new ModuleException(MemberError.CARD_CODE_EXPIRED, "the card code expired; refresh the card page");
        }
        return tx.run(h -> MemberRows.byCard(h, parts[1]))
                .orElseThrow(() -> new ModuleException(MemberError.MEMBER_NOT_FOUND, "no member has this card"));
    }

    private String sign(String cardNo, long window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal((cardNo + "." + window).getBytes(StandardCharsets.US_ASCII));
            // 96 bits of tag keep the QR code small and are far beyond what guessing at a counter can reach
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(tag, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
