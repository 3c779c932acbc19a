package io.wxkit.examples.member;

import io.wxkit.examples.wechat.LocalKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The member card signing key on the emulator: random per installation, kept in
 * {@code <data-dir>/member-card-secret} (no key is written in the repository), so a second instance on the same
 * data directory (joining the first one's emulator) checks the codes the first one signed. With real WeChat
 * ({@code examples.emulator.enabled=false} and no {@code examples.emulator.url}) nothing is invented:
 * {@code wxkit.modules.member.card-secret} must come from the environment, the same on every instance, or the
 * member module refuses to start.
 */
public final class DemoCardSecret implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String PROPERTY = "wxkit.modules.member.card-secret";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        boolean emulator = env.getProperty("examples.emulator.enabled", Boolean.class, true)
                || env.getProperty("examples.emulator.url") != null;
        if (!emulator || env.containsProperty(PROPERTY)) {
            return;
        }
        Path dir = Path.of(env.getProperty("examples.data-dir", "./data"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir.toAbsolutePath(), e);
        }
        env.getPropertySources().addLast(new MapPropertySource("examples-demo-card-secret",
                Map.of(PROPERTY, LocalKeys.base64Key(dir.resolve("member-card-secret"), 32))));
    }
}
