package io.wxkit.spring.mp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as the handler of events (事件推送) pushed to the callback endpoint.
 *
 * <pre>{@code
 * @WxEventHandler(event = "CLICK", key = "NEWS")
 * Reply news(Click click) { return Reply.text(click, today()); }
 * }</pre>
 *
 * <p>Parameters and return values as for {@link WxMessageHandler}; an {@code Event} parameter takes
 * every event.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WxEventHandler {

    /**
     * WeChat's Event name ({@code subscribe}, {@code CLICK}, {@code SCAN}, ...), matched case-insensitively.
     *
     * @return the event name; empty (the default) for any event of the parameter's type
     */
    String event() default "";

    /**
     * The exact EventKey (a menu button's key, a QR code's scene, a view button's URL), matched as is.
     *
     * @return the EventKey; empty (the default) for any key
     */
    String key() default "";

    /**
     * The AppIDs of the accounts this handler serves.
     *
     * @return the AppIDs; empty (the default) for every configured account
     */
    String[] accounts() default {};

    /**
     * Whether the method runs on the callback executor, as for {@link WxMessageHandler#async()}.
     *
     * @return {@code true} to run asynchronously; {@code false} (the default) to run on the request thread
     */
    boolean async() default false;
}
