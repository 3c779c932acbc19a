package io.wxkit.core.internal.crypto.pay;

/** The signature algorithm of a WeChat Pay API v2 request ({@code sign_type}). */
public enum V2SignType {
    /** {@code MD5} over {@code stringA&key=API_KEY}; the default and the only one red packets accept. */
    MD5("MD5"),
    /** {@code HMAC-SHA256} keyed with the API key over {@code stringA&key=API_KEY}. */
    HMAC_SHA256("HMAC-SHA256");

    private final String wireName;

    V2SignType(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the {@code sign_type} field. */
    public String wireName() {
        return wireName;
    }
}
