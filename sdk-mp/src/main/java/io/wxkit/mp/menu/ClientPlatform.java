package io.wxkit.mp.menu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code client_platform_type} of a conditional-menu match rule: the user's phone OS. */
public enum ClientPlatform {
    /** iOS ({@code "1"}). */
    IOS("1"),
    /** Android ({@code "2"}). */
    ANDROID("2"),
    /** Any other OS ({@code "3"}). */
    OTHERS("3");

    private final String code;

    ClientPlatform(String code) {
        this.code = code;
    }

    /**
     * The code WeChat uses on the wire.
     *
     * @return {@code "1"}, {@code "2"} or {@code "3"}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The platform for a wire code.
     *
     * @param code {@code "1"}, {@code "2"} or {@code "3"}
     * @return the matching platform
     * @throws IllegalArgumentException for a code WeChat does not document
     */
    @JsonCreator
    public static ClientPlatform fromCode(String code) {
        for (ClientPlatform platform : values()) {
            if (platform.code.equals(code)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("unknown client_platform_type " + code);
    }
}
