package io.wxkit.emulator.account;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Official Account registered with the emulator: its credentials, its server configuration (URL, Token,
 * EncodingAESKey, mode) and the {@code gh_} original id WeChat puts in {@code ToUserName}.
 *
 * <pre>{@code
 * Account a = wx.control().account("wx1", "secret1", "token1", null, "http://127.0.0.1:8080/wx", CallbackMode.PLAIN);
 * String ghId = a.originalId();
 * }</pre>
 *
 * <p>{@link #toString()} hides the secret, the token and the key.
 *
 * @param appId the account's appId
 * @param secret its AppSecret, which {@code /cgi-bin/token} and {@code /cgi-bin/stable_token} check
 * @param token the server configuration Token: 3 to 32 letters or digits
 * @param encodingAesKey the EncodingAESKey, 43 characters of [A-Za-z0-9]; may be null in plain mode
 * @param callbackUrl the app's server URL, or null when the app receives no messages
 * @param mode how callbacks are encrypted
 * @param originalId the {@code gh_} original id, sent as {@code ToUserName}
 */
public record Account(String appId, String secret, String token, String encodingAesKey, String callbackUrl,
                      CallbackMode mode, String originalId) {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{3,32}");
    private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");

    /**
     * Checks the configuration against WeChat's rules.
     *
     * @param appId the account's appId
     * @param secret its AppSecret
     * @param token the server configuration Token
     * @param encodingAesKey the EncodingAESKey; may be null in plain mode
     * @param callbackUrl the app's server URL, or null
     * @param mode how callbacks are encrypted
     * @param originalId the {@code gh_} original id
     * @throws IllegalArgumentException if {@code appId}, {@code secret}, {@code token} or {@code originalId} is
     *     null or blank, the token is not 3 to 32 letters or digits, the key is not 43 characters of [A-Za-z0-9]
     *     outside plain mode, or {@code callbackUrl} is not an http(s) URL
     * @throws NullPointerException if {@code mode} is null
     */
    public Account {
        require(appId, "appId");
        require(secret, "secret");
        require(token, "token");
        Objects.requireNonNull(mode, "mode");
        require(originalId, "originalId");
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("token must be 3-32 letters or digits (WeChat's rule)");
        }
        if (mode != CallbackMode.PLAIN && (encodingAesKey == null || !AES_KEY.matcher(encodingAesKey).matches())) {
            throw new IllegalArgumentException("encodingAesKey must be 43 characters of [A-Za-z0-9] in "
                    + mode.wireName() + " mode");
        }
        if (callbackUrl != null && !callbackUrl.startsWith("http://") && !callbackUrl.startsWith("https://")) {
            throw new IllegalArgumentException("callbackUrl must be an http(s) URL");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    @Override
    public String toString() {
        return "Account[appId=" + appId + ", originalId=" + originalId + ", mode=" + mode.wireName()
                + ", callbackUrl=" + callbackUrl + ", secret=***, token=***, encodingAesKey=***]";
    }
}
