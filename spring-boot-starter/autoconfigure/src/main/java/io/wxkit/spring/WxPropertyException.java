package io.wxkit.spring;

/**
 * A {@code wxkit.*} property is missing or malformed. The message names the property (for example
 * {@code wxkit.mp.accounts.shop.encoding-aes-key}) and what is wrong with it, never its value: many of
 * these properties are secrets.
 */
public final class WxPropertyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String property;

    /** A refusal of {@code property} for {@code reason} (which must not quote the value). */
    public WxPropertyException(String property, String reason) {
        super(property + " " + reason);
        this.property = property;
    }

    /** The full name of the refused property. */
    public String property() {
        return property;
    }
}
