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

    /** WeChat's Event name ({@code subscribe}, {@code CLICK}, {@code SCAN}, ...), case-insensitive; empty: any. */
    String event() default "";

    /** The exact EventKey (menu key, QR scene, URL); empty: any. */
    String key() default "";

    /** The appIds this handler serves; empty: every configured account. */
    String[] accounts() default {};

    /** Run on the callback executor (see {@link WxMessageHandler#async()}). */
    boolean async() default false;
}
