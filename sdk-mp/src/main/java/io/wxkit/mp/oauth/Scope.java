package io.wxkit.mp.oauth;

/**
 * The OAuth 2.0 web-authorization scope ({@code scope}) of an Official Account page.
 *
 * <ul>
 *   <li>{@link #BASE} ({@code snsapi_base}): silent, yields the openid only;
 *   <li>{@link #USERINFO} ({@code snsapi_userinfo}): shows a consent page, then allows
 *       {@code /sns/userinfo}.
 * </ul>
 */
public enum Scope {
    /** {@code snsapi_base}: silent authorization, openid only. */
    BASE("snsapi_base"),
    /** {@code snsapi_userinfo}: consent page, profile available through {@code /sns/userinfo}. */
    USERINFO("snsapi_userinfo");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The value WeChat expects in the {@code scope} parameter, e.g. {@code snsapi_userinfo}.
     *
     * @return {@code snsapi_base} or {@code snsapi_userinfo}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Reads the {@code scope} WeChat returns with a web access token. A comma-separated list
     * counts as {@link #USERINFO} when it contains {@code snsapi_userinfo}.
     *
     * @param value the {@code scope} field, e.g. {@code snsapi_base,snsapi_userinfo}
     * @return {@link #USERINFO} if {@code value} contains {@code snsapi_userinfo}, else {@link #BASE}
     *     if it contains {@code snsapi_base}
     * @throws IllegalArgumentException if the value names neither scope
     */
    public static Scope fromWire(String value) {
        if (value != null && value.contains(USERINFO.wireName)) {
            return USERINFO;
        }
        if (value != null && value.contains(BASE.wireName)) {
            return BASE;
        }
        throw new IllegalArgumentException("unknown OAuth scope: " + value);
    }
}
