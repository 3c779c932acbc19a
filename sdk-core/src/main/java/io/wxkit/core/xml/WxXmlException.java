package io.wxkit.core.xml;

/**
 * XML that the hardened {@link XmlCodec} refused or could not bind: a DOCTYPE or entity, a payload beyond the
 * size or depth limits, invalid UTF-8, malformed markup, or a value that does not fit the target type.
 *
 * <pre>{@code
 * try { codec.read(xml, RedPackResult.class); } catch (WxXmlException e) { log.warn("bad XML: {}", e.getMessage()); }
 * }</pre>
 *
 * <p>Messages describe the problem, never the payload.
 */
public class WxXmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; {@code message} must not contain payload data.
     *
     * @param message what was wrong, without payload data
     */
    public WxXmlException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause; {@code message} must not contain payload data.
     *
     * @param message what was wrong, without payload data
     * @param cause the parser's or binder's exception; may be null
     */
    public WxXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
