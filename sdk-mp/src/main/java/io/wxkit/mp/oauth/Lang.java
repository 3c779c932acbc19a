package io.wxkit.mp.oauth;

/** The {@code lang} of {@code /sns/userinfo}: the language of country, province and city names. */
public enum Lang {
    /** Simplified Chinese ({@code zh_CN}), WeChat's default. */
    ZH_CN("zh_CN"),
    /** Traditional Chinese ({@code zh_TW}). */
    ZH_TW("zh_TW"),
    /** English ({@code en}). */
    EN("en");

    private final String wireName;

    Lang(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The value sent as {@code lang}, e.g. {@code zh_CN}.
     *
     * @return {@code zh_CN}, {@code zh_TW} or {@code en}
     */
    public String wireName() {
        return wireName;
    }
}
