package io.wxkit.examples;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The examples app: the whole wxkit platform in one process. On its embedded defaults it keeps its data in an H2
 * file database under {@code ./data}, its stores in memory, and talks to the WeChat emulator it starts itself
 * ({@link io.wxkit.examples.wechat.EmbeddedWeChat}); {@code SPRING_PROFILES_ACTIVE=postgres,redis} moves data and
 * stores to PostgreSQL and Redis, and real credentials in the environment point it at real WeChat
 * (see {@code docs/guide/examples.md}).
 */
@SpringBootApplication
public class ExamplesApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExamplesApplication.class, args);
    }
}
