package io.wxkit.core.internal.crypto.sm;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 hash (GB/T 32905-2016), used by WeChat Pay's national-standard scheme to derive the SM4 key
 * and inside SM2 signatures.
 *
 * <pre>{@code
 * byte[] digest = Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII));
 * }</pre>
 */
public final class Sm3 {
    private Sm3() {}

    /** The 32-byte SM3 digest of {@code data}. */
    public static byte[] digest(byte[] data) {
        SM3Digest d = new SM3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
