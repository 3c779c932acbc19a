package io.wxkit.examples.wechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The demo accounts' and merchant's credentials on the emulator, derived from the installation's seed
 * ({@code <data-dir>/emulator-seed}) with HMAC-SHA256 under one label per value, and the merchant's RSA key kept in
 * {@code <data-dir>/emulator-merchant-key.pem}.
 *
 * <p>Why derived and not random per start: a second instance that shares the data directory (and joins the first
 * instance's emulator instead of starting its own) must know the same secrets, and the emulator's control API
 * rightly never shows them. Deriving them from the per-installation seed gives both instances the same values
 * without writing or sending any new secret. Nothing is logged; {@link #toString()} hides everything.
 */
final class DemoCredentials {
    private static final String AES_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String MERCHANT_KEY_FILE = "emulator-merchant-key.pem";

    private final byte[] seed;
    private final Path dataDir;

    private DemoCredentials(byte[] seed, Path dataDir) {
        this.seed = seed;
        this.dataDir = dataDir;
    }

    /** The credentials of the installation in {@code dataDir} (its seed is created on first use). */
    static DemoCredentials of(Path dataDir) {
        return new DemoCredentials(EmulatorSeed.seed(dataDir), dataDir);
    }

    /** The AppSecret of {@code appId}: 32 hex characters. */
    String secret(String appId) {
        return HexFormat.of().formatHex(derive("secret:" + appId, 16));
    }

    /** The callback Token of {@code appId}: 32 hex characters. */
    String token(String appId) {
        return HexFormat.of().formatHex(derive("token:" + appId, 16));
    }

    /** The EncodingAESKey of {@code appId}: 43 characters of [A-Za-z0-9]. */
    String aesKey(String appId) {
        byte[] b = derive("aes:" + appId, 43);
        StringBuilder key = new StringBuilder(43);
        for (byte x : b) {
            key.append(AES_ALPHABET.charAt((x & 0xff) % AES_ALPHABET.length()));
        }
        return key.toString();
    }

    /** The merchant's APIv3 key: 32 characters, as WeChat Pay's. */
    String apiV3Key(String mchId) {
        return HexFormat.of().formatHex(derive("apiv3:" + mchId, 16));
    }

    /** The merchant certificate's serial number: 40 upper-case hex characters. */
    String certSerial(String mchId) {
        return HexFormat.of().withUpperCase().formatHex(derive("serial:" + mchId, 20));
    }

    /** The merchant's private key file (PKCS#8 PEM), created once per installation. */
    Path merchantKeyFile() {
        Path file = dataDir.resolve(MERCHANT_KEY_FILE);
        LocalKeys.textOnce(file, DemoCredentials::newRsaKeyPem);
        return file;
    }

    /** The public half of {@link #merchantKeyFile()}, as PEM, for the emulator to verify the merchant's requests. */
    String merchantPublicKeyPem() {
        try {
            String pem = Files.readString(merchantKeyFile());
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            return pem("PUBLIC KEY", rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(),
                    key.getPublicExponent())).getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + merchantKeyFile().toAbsolutePath(), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(MERCHANT_KEY_FILE + " in the data directory is not an RSA private key: "
                    + "delete it to start over", e);
        }
    }

    private byte[] derive(String label, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            byte[] out = new byte[length];
            int filled = 0;
            for (int block = 1; filled < length; block++) { // HKDF-expand style counter blocks
                mac.update(label.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) block);
                byte[] chunk = mac.doFinal();
                int n = Math.min(chunk.length, length - filled);
                System.arraycopy(chunk, 0, out, filled, n);
                filled += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }

    private static String newRsaKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no RSA", e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    @Override
    public String toString() {
        return "DemoCredentials[***]";
    }
}
