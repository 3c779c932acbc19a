package io.wxkit.examples.member;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The member card signing key on the embedded defaults: random per start, like the emulator's credentials (no key
 * is written in the repository, and a card code lives a minute or two anyway). With real WeChat
 * ({@code examples.emulator.enabled=false}) nothing is invented: {@code wxkit.modules.member.card-secret} must come
 * from the environment, the same on every instance, or the member module refuses to start.
 */
public final class DemoCardSecret implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String PROPERTY = "wxkit.modules.member.card-secret";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!env.getProperty("examples.emulator.enabled", Boolean.class, true) || env.containsProperty(PROPERTY)) {
            return;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        env.getPropertySources().addLast(new MapPropertySource("examples-demo-card-secret",
                Map.of(PROPERTY, Base64.getEncoder().encodeToString(key))));
    }
}
