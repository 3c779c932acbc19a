package io.wxkit.spring.mp;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Finds {@link WxMessageHandler} and {@link WxEventHandler} methods on every bean as it is initialized
 * (Spring's own annotation scanning, as for {@code @EventListener}) and keeps them as rules for the
 * callback handlers, which are built once every singleton exists. Lazy beans are seen only when created.
 */
final class HandlerMethodCollector implements BeanPostProcessor {
    private final List<AccountRule> rules = new ArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (type.getName().startsWith("org.springframework.")) {
            return bean; // nothing of Spring's own carries wxkit annotations; skip the scan
        }
        Map<Method, WxMessageHandler> messages = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<WxMessageHandler>) m ->
                        AnnotatedElementUtils.findMergedAnnotation(m, WxMessageHandler.class));
        Map<Method, WxEventHandler> events = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<WxEventHandler>) m ->
                        AnnotatedElementUtils.findMergedAnnotation(m, WxEventHandler.class));
        synchronized (rules) {
            messages.forEach((m, a) -> rules.add(HandlerMethods.message(bean, AopUtils.selectInvocableMethod(m, bean.getClass()), a)));
            events.forEach((m, a) -> rules.add(HandlerMethods.event(bean, AopUtils.selectInvocableMethod(m, bean.getClass()), a)));
        }
        return bean;
    }

    List<AccountRule> rules() {
        synchronized (rules) {
            return List.copyOf(rules);
        }
    }
}
