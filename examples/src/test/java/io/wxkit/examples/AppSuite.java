package io.wxkit.examples;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.examples.wechat.EmbeddedWeChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The base of every examples suite: the whole app on a free port with the emulator on another, an in-memory H2
 * database and the demo data. Every suite extends this class unchanged, so Spring's test context cache starts the
 * app once per test JVM (do not add properties or {@code @MockitoBean}s in a subclass: that would start another).
 */
@SpringBootTest(classes = ExamplesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "examples.emulator.port=0",
                "examples.data-dir=target/test-data",
                "spring.datasource.url=jdbc:h2:mem:examples;DB_CLOSE_DELAY=-1",
                "spring.thymeleaf.cache=false"})
public abstract class AppSuite {

    @Autowired
    protected Environment env;

    @Autowired
    @Qualifier(EmbeddedWeChat.BEAN)
    protected WxEmulator emulator;

    /** {@code http://127.0.0.1:<port>}: the app. */
    protected String appUrl() {
        return "http://127.0.0.1:" + env.getProperty("local.server.port");
    }

    /** {@code http://127.0.0.1:<port>}: the emulator (its phone page is {@code /emulator/}). */
    protected String emulatorUrl() {
        return emulator.baseUrl();
    }
}
