package io.wxkit.spring;

/**
 * A {@code wxkit.*} property is missing or malformed. The message names the property (for example
 * {@code wxkit.mp.accounts.shop.encoding-aes-key}) and what is wrong with it, never its value: many of
 * these properties are secrets.
 */
public final class WxPropertyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The refused property's name, as {@link #property()} returns it; never its value. */
    private final String property;

    /**
     * A refusal of {@code property}; the message is {@code property + " " + reason}.
     *
     * @param property the full property name as written in {@code application.yml}, e.g.
     *        {@code wxkit.pay.api-v3-key}
     * @param reason what is wrong, e.g. {@code "must be 32 characters"}; it must not quote the value
     */
    public WxPropertyException(String property, String reason) {
        super(property + " " + reason);
        this.property = property;
    }

    /**
     * The full name of the refused property, e.g. {@code wxkit.mp.accounts.shop.encoding-aes-key}.
     *
     * @return the property name
     */
    public String property() {
        return property;
    }
}
