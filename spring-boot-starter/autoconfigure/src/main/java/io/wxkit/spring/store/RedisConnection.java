package io.wxkit.spring.store;

import io.lettuce.core.RedisURI;
import io.wxkit.spring.WxPropertyException;
import java.time.Duration;
import org.springframework.core.env.Environment;

/**
 * The application's own Redis settings ({@code spring.data.redis.*}) as a Lettuce {@link RedisURI}, so wxkit
 * reuses the connection the application already configured instead of asking for a second one.
 */
final class RedisConnection {
    private RedisConnection() {
    }

    static boolean configured(Environment env) {
        return env.containsProperty("spring.data.redis.url") || env.containsProperty("spring.data.redis.host");
    }

    static RedisURI uri(Environment env) {
        String url = env.getProperty("spring.data.redis.url");
        if (url != null) {
            try {
                return RedisURI.create(url);
            } catch (IllegalArgumentException e) {
                throw new WxPropertyException("spring.data.redis.url", "is not a redis:// or rediss:// URL");
            }
        }
        RedisURI.Builder b = RedisURI.builder()
                .withHost(env.getProperty("spring.data.redis.host", "localhost"))
                .withPort(env.getProperty("spring.data.redis.port", Integer.class, 6379))
                .withDatabase(env.getProperty("spring.data.redis.database", Integer.class, 0))
                .withSsl(env.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false));
        Duration timeout = env.getProperty("spring.data.redis.timeout", Duration.class);
        if (timeout != null) {
            b.withTimeout(timeout);
        }
        String password = env.getProperty("spring.data.redis.password");
        if (password != null) {
            String user = env.getProperty("spring.data.redis.username");
            if (user != null) {
                b.withAuthentication(user, password.toCharArray());
            } else {
                b.withPassword(password.toCharArray());
            }
        }
        return b.build();
    }
}
