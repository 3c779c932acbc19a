package io.wxkit.spring.mp;

import io.wxkit.core.message.Event;
import io.wxkit.core.message.Image;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Link;
import io.wxkit.core.message.Location;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.ShortVideo;
import io.wxkit.core.message.Text;
import io.wxkit.core.message.UserMessage;
import io.wxkit.core.message.Video;
import io.wxkit.core.message.Voice;
import io.wxkit.mp.callback.CallbackContext;
import io.wxkit.mp.callback.Rule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.util.ReflectionUtils;

/** Turns one {@link WxMessageHandler} or {@link WxEventHandler} method into a callback {@link Rule}. */
final class HandlerMethods {
    // the msgType names of WeChat's documentation, for a method that takes any InboundMessage
    private static final Map<String, Class<? extends UserMessage>> MSG_TYPES = Map.of(
            "text", Text.class, "image", Image.class, "voice", Voice.class, "video", Video.class,
            "shortvideo", ShortVideo.class, "location", Location.class, "link", Link.class);

    private HandlerMethods() {
    }

    static AccountRule message(Object bean, Method method, WxMessageHandler a) {
        String source = describe(bean, method);
        Class<? extends InboundMessage> declared = messageParameter(method, source);
        Class<? extends InboundMessage> type = declared;
        if (!a.msgType().isEmpty()) {
            Class<? extends UserMessage> named = MSG_TYPES.get(a.msgType().toLowerCase(Locale.ROOT));
            if (named == null) {
                throw new IllegalStateException(source + ": msgType '" + a.msgType() + "' is none of " + MSG_TYPES.keySet());
            }
            if (!declared.isAssignableFrom(named)) {
                throw new IllegalStateException(source + ": msgType '" + a.msgType() + "' is not a " + declared.getSimpleName());
            }
            type = named;
        }
        if (Event.class.isAssignableFrom(type)) {
            throw new IllegalStateException(source + ": @WxMessageHandler takes messages; use @WxEventHandler for events");
        }
        Rule.Builder<? extends InboundMessage> rule = Rule.on(type);
        if (!a.content().isEmpty()) {
            rule.contentMatches(compile(a.content(), source));
        }
        if (a.async()) {
            rule.async();
        }
        return new AccountRule(Set.of(a.accounts()), finish(rule, bean, method), source);
    }

    static AccountRule event(Object bean, Method method, WxEventHandler a) {
        String source = describe(bean, method);
        Class<? extends InboundMessage> type = messageParameter(method, source);
        if (type == InboundMessage.class) {
            type = Event.class;
        }
        if (!Event.class.isAssignableFrom(type)) {
            throw new IllegalStateException(source + ": @WxEventHandler takes an Event type, not " + type.getSimpleName());
        }
        Rule.Builder<? extends InboundMessage> rule = Rule.on(type);
        if (!a.event().isEmpty()) {
            rule.event(a.event());
        }
        if (!a.key().isEmpty()) {
            rule.eventKey(a.key());
        }
        if (a.async()) {
            rule.async();
        }
        return new AccountRule(Set.of(a.accounts()), finish(rule, bean, method), source);
    }

    private static <T extends InboundMessage> Rule<T> finish(Rule.Builder<T> rule, Object bean, Method method) {
        Class<?> returns = method.getReturnType();
        if (returns != void.class && !Reply.class.isAssignableFrom(returns) && returns != String.class) {
            throw new IllegalStateException(describe(bean, method) + " must return Reply, String or void");
        }
        ReflectionUtils.makeAccessible(method);
        return rule.handle((message, context) -> toReply(message, invoke(bean, method, message, context)));
    }

    private static Object invoke(Object bean, Method method, InboundMessage message, CallbackContext context) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = types[i] == CallbackContext.class ? context : message;
        }
        try {
            return method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("handler " + method.getName() + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("handler " + method.getName() + " is not accessible", e);
        }
    }

    private static Reply toReply(InboundMessage message, Object result) {
        if (result instanceof String text) {
            return Reply.text(message, text);
        }
        return (Reply) result;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends InboundMessage> messageParameter(Method method, String source) {
        Class<? extends InboundMessage> found = null;
        for (Class<?> p : method.getParameterTypes()) {
            if (InboundMessage.class.isAssignableFrom(p)) {
                if (found != null) {
                    throw new IllegalStateException(source + " takes two message parameters");
                }
                found = (Class<? extends InboundMessage>) p;
            } else if (p != CallbackContext.class) {
                throw new IllegalStateException(source + ": parameter " + p.getSimpleName()
                        + " is neither a message type nor CallbackContext");
            }
        }
        return found == null ? InboundMessage.class : found;
    }

    private static Pattern compile(String regex, String source) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(source + ": content is not a regular expression: " + e.getDescription(), e);
        }
    }

    private static String describe(Object bean, Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
