package io.wxkit.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the demo: {@code ./mvnw -B -q -pl examples -am compile exec:java}.
 *
 * <p>Options: {@code --port N} (emulator port, default 9900, 0 = any free port), {@code --once}
 * (play one visit and exit instead of serving the emulator's phone page until Ctrl-C).
 */
public final class DemoApp {
    private DemoApp() {}

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        boolean once = options.contains("--once") || Boolean.getBoolean("wxkit.demo.once");
        int port = Integer.parseInt(option(options, "--port", System.getProperty("wxkit.demo.port", "9900")));
        PrintStream out = System.out;
        try (Demo demo = Demo.start(port)) {
            Demo.Visit visit = demo.run();
            out.println("wxkit demo: an Official Account app against the offline WeChat emulator");
            out.println("  fake user             " + visit.openid());
            out.println("  follow  -> reply      " + visit.welcome().reply());
            out.println("  click NEWS -> reply   " + visit.news().reply());
            out.println("  'order 42' -> reply   " + visit.order().reply());
            out.println("  inbox                 " + visit.inbox().size() + " entries, last: "
                    + visit.inbox().get(visit.inbox().size() - 1).msgType());
            if (once) {
                return;
            }
            out.println("Open " + demo.browserUrl() + " to chat with the account as a fake user. Ctrl-C stops.");
            Thread.currentThread().join();
        }
    }

    private static String option(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
    }
}
