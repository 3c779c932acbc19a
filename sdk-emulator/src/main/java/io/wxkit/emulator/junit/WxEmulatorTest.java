package io.wxkit.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against an offline WeChat: one {@link io.wxkit.emulator.WxEmulator} is started for
 * the class and injected into fields and parameters of type {@code WxEmulator}; its state is reset before each
 * test unless {@link #resetEachTest()} is false.
 *
 * <pre>{@code
 * @WxEmulatorTest class MenuIT { WxEmulator wx; @Test void creates() { ... wx.baseUrl() ... } }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(WxEmulatorExtension.class)
public @interface WxEmulatorTest {
    /**
     * Reset accounts, users, tokens, orders and faults before each test (default true).
     *
     * @return false to keep state from one test to the next
     */
    boolean resetEachTest() default true;

    /**
     * A fixed port, or 0 (default) for a free one.
     *
     * @return the port on 127.0.0.1, 0 for a free one
     */
    int port() default 0;
}
