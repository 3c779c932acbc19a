package io.wxkit.spring.mp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as the handler of users' messages (普通消息) pushed to the callback endpoint.
 *
 * <pre>{@code
 * @WxMessageHandler(msgType = "text", content = "^order (\\d+)$")
 * Reply order(Text message) { return Reply.text(message, orders.status(message.content())); }
 * }</pre>
 *
 * <p>Parameters, in any order: the message (its declared type, e.g. {@code Text}, also selects the
 * messages; {@code InboundMessage} takes all) and optionally the {@code CallbackContext}. Returns a
 * {@code Reply}, a {@code String} (answered as a text reply) or nothing ({@code void}/{@code null}:
 * WeChat gets {@code success}). Rules are tried in bean registration order after the {@code Rule} beans.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WxMessageHandler {

    /**
     * WeChat's MsgType: {@code text}, {@code image}, {@code voice}, {@code video}, {@code shortvideo},
     * {@code location} or {@code link}, case-insensitive. Any other name, or one that does not fit the
     * method's message parameter, fails the application's startup with an {@code IllegalStateException}.
     *
     * @return the MsgType; empty (the default) for every message of the parameter's type
     */
    String msgType() default "";

    /**
     * A regular expression ({@link java.util.regex.Pattern}) the whole text content must match; one that
     * does not compile fails the startup with an {@code IllegalStateException}.
     *
     * @return the expression; empty (the default) for any content
     */
    String content() default "";

    /**
     * The AppIDs of the accounts this handler serves.
     *
     * @return the AppIDs; empty (the default) for every configured account
     */
    String[] accounts() default {};

    /**
     * Whether the method runs on the callback executor; a reply later than WeChat's 5-second window goes out
     * as a customer-service message instead of the passive reply.
     *
     * @return {@code true} to run asynchronously; {@code false} (the default) to run on the request thread
     */
    boolean async() default false;
}
