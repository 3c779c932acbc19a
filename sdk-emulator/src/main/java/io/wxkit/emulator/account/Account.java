package io.wxkit.emulator.account;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Official Account registered with the emulator: its credentials, its server configuration (URL, Token,
 * EncodingAESKey, mode) and the {@code gh_} original id WeChat puts in {@code ToUserName}.
 *
 * @param callbackUrl the app's server URL, or null when the app receives no messages
 */
public record Account(String appId, String secret, String token, String encodingAesKey, String callbackUrl,
                      CallbackMode mode, String originalId) {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{3,32}");
    private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");

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
