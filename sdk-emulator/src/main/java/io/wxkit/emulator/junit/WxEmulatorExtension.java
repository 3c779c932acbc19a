package io.wxkit.emulator.junit;

import io.wxkit.emulator.WxEmulator;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit 5 extension behind {@link WxEmulatorTest}: starts one emulator per test class (kept in the class's
 * extension store, closed after all its tests), resets it before each test, and injects it into non-static
 * fields and into parameters of type {@link WxEmulator}. Thread-safe per test class.
 */
public final class WxEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        TestInstancePostProcessor, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(WxEmulatorExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (context.getParent().map(WxEmulatorExtension::find).orElse(null) != null) {
            return; // a @Nested class shares its enclosing class's emulator
        }
        WxEmulatorTest options = settings(context);
        context.getStore(NS).put(WxEmulator.class, WxEmulator.start(options == null ? 0 : options.port()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WxEmulator emulator = context.getStore(NS).remove(WxEmulator.class, WxEmulator.class);
        if (emulator != null) {
            emulator.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WxEmulatorTest options = settings(context);
        if (options == null || options.resetEachTest()) {
            emulator(context).control().reset();
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        WxEmulator emulator = emulator(context);
        for (Field f : ReflectionSupport.findFields(testInstance.getClass(),
                f -> f.getType() == WxEmulator.class && !Modifier.isStatic(f.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN)) {
            try {
                ReflectionSupport.makeAccessible(f).set(testInstance, emulator);
            } catch (IllegalAccessException e) {
                throw new ExtensionConfigurationException("cannot inject WxEmulator into " + f, e);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WxEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator(context);
    }

    private static WxEmulator emulator(ExtensionContext context) {
        WxEmulator e = find(context);
        if (e == null) {
            throw new ExtensionConfigurationException("no emulator: annotate the test class with @WxEmulatorTest");
        }
        return e;
    }

    private static WxEmulator find(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            WxEmulator e = c.getStore(NS).get(WxEmulator.class, WxEmulator.class);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static WxEmulatorTest settings(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, WxEmulatorTest.class)).orElse(null);
    }
}
