package io.wxkit.archtests;

import java.util.Set;

/**
 * Static fields the static-state rule reports but that hold no mutable state, each with its reason.
 * An entry names {@code fully.qualified.Owner.FIELD}. Keep it short: prefer fixing the code.
 */
final class StaticStateAllowList {

    static final Set<String> FIELDS = Set.of(
            // lookup tables of the crypto and text hot paths: filled in the static initializer (or by the
            // array literal) and only read afterwards; a List would box every byte/char on the hot path
            "io.wxkit.core.crypto.Base64Strict.VALUES",
            "io.wxkit.core.internal.crypto.Hex.LOWER",
            "io.wxkit.core.internal.crypto.Hex.UPPER",
            "io.wxkit.core.crypto.Sha1.LOWER",
            "io.wxkit.core.crypto.ReplyEnvelopeWriter.HEX",
            "io.wxkit.core.crypto.ReplyEnvelopeWriter.BASE64",
            // the reply envelope's fixed markup as ASCII bytes, copied into each envelope; never written
            "io.wxkit.core.crypto.ReplyEnvelopeWriter.OPEN",
            "io.wxkit.core.crypto.ReplyEnvelopeWriter.AFTER_ENCRYPT",
            "io.wxkit.core.crypto.ReplyEnvelopeWriter.AFTER_SIGNATURE",
            "io.wxkit.core.crypto.ReplyEnvelopeWriter.AFTER_TIMESTAMP",
            "io.wxkit.core.crypto.ReplyEnvelopeWriter.CLOSE",
            "io.wxkit.core.internal.text.Untrusted.HEX",
            "io.wxkit.mp.jssdk.JsSdkApi.NONCE_ALPHABET",
            "io.wxkit.spring.oauth.OAuthLogin.ALPHABET",
            // the scanner's table of element names, read in a loop per element; never written
            "io.wxkit.core.message.XmlScanner.KNOWN_NAMES",
            // the same names grouped by length (filled once from KNOWN_NAMES), and the powers of ten the dedup
            // key's digits are written with; built in the static initializer, only read afterwards
            "io.wxkit.core.message.XmlScanner.KNOWN_BY_LENGTH",
            "io.wxkit.core.internal.crypto.Fingerprint.POWERS_OF_TEN",
            // constant tables from the documents they implement (WeChat's mass-send speed levels, the
            // GB 11643 check-digit weights of a resident id); private and only read
            "io.wxkit.emulator.internal.mp.message.MassNews.REAL_SPEED",
            "io.wxkit.modules.forms.ResidentId.WEIGHTS"
    );

    private StaticStateAllowList() {
    }
}
