package io.wxkit.mp.user;

/** The {@code lang} of user-info calls: the language WeChat uses for country/province/city names. */
public enum Lang {
    /** Simplified Chinese ({@code zh_CN}), WeChat's default. */
    ZH_CN("zh_CN"),
    /** Traditional Chinese ({@code zh_TW}). */
    ZH_TW("zh_TW"),
    /** English ({@code en}). */
    EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /**
     * The code WeChat uses on the wire.
     *
     * @return {@code zh_CN}, {@code zh_TW} or {@code en}, sent as {@code lang}
     */
    public String code() {
        return code;
    }
}
