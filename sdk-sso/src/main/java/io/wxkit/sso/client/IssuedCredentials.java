package io.wxkit.sso.client;

/**
 * Credentials handed to a business system once, at registration or rotation: the broker keeps only
 * the secret's Argon2id hash and can re-derive the signing key, so these cannot be shown again.
 *
 * @param clientId the client id
 * @param clientSecret the client secret for {@code redeem} (256 random bits, base64url)
 * @param signingKey the HMAC-SHA256 key (base64url) for signed calls between broker and business system
 */
public record IssuedCredentials(String clientId, String clientSecret, String signingKey) {
    /** Masks both secrets. */
    @Override
    public String toString() {
        return "IssuedCredentials[clientId=" + clientId + ", clientSecret=***, signingKey=***]";
    }
}
