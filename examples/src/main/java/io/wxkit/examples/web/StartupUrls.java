package io.wxkit.examples.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where to go once the app is up (to stdout: it is what the person who started the app reads first). */
@Component
class StartupUrls {
    private final Environment env;

    StartupUrls(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print(ApplicationReadyEvent ready) {
        String app = "http://127.0.0.1:" + env.getProperty("local.server.port");
        String emulator = env.getProperty("examples.emulator.url");
        // the root logger is at WARN, so Boot's own "Started ... in" line is not shown: say it here
        Duration taken = ready.getTimeTaken();
        String seconds = taken == null ? "" : String.format(Locale.ROOT, " (ready in %.1f s)", taken.toMillis() / 1000.0);
        StringBuilder text = new StringBuilder("\nwxkit examples app is up" + seconds + "\n")
                .append("  pages:          ").append(app).append("/\n")
                .append("  admin console:  ").append(app).append("/admin/\n");
        if (emulator != null) {
            text.append("  WeChat phone:   ").append(emulator).append("/emulator/\n");
        }
        System.out.println(text);
    }
}
