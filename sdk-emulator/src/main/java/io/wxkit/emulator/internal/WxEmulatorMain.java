package io.wxkit.emulator.internal;

import io.wxkit.emulator.WxEmulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone emulator: {@code java -jar wxkit-emulator.jar --port 9900}.
 *
 * <p>Runs until the JVM is stopped (Ctrl-C); the control API and the phone page are at
 * {@code http://127.0.0.1:<port>/emulator/}.
 */
public final class WxEmulatorMain {
    private WxEmulatorMain() {
    }

    /**
     * Starts the emulator and waits.
     *
     * @param args {@code --port N} (default 9900, 0 = any free port), {@code --help}
     */
    public static void main(String[] args) throws InterruptedException {
        int port;
        try {
            port = parsePort(args);
        } catch (IllegalArgumentException e) {
            usage(System.err);
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (port < 0) {
            usage(System.out);
            return;
        }
        WxEmulator emulator = WxEmulator.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "wx-emulator-shutdown"));
        System.out.println("wxkit emulator listening on " + emulator.baseUrl()
                + " (control API and phone page at " + emulator.baseUrl() + "/emulator/)");
        stopped.await();
    }

    /** The port from {@code --port N}; 9900 by default; -1 for {@code --help}. */
    public static int parsePort(String[] args) {
        int port = 9900;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return -1;
                }
                case "--port" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--port needs a value");
                    }
                    port = parse(args[++i]);
                }
                default -> {
                    if (args[i].startsWith("--port=")) {
                        port = parse(args[i].substring("--port=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown option: " + args[i]);
                    }
                }
            }
        }
        return port;
    }

    private static int parse(String value) {
        try {
            int p = Integer.parseInt(value);
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port is not a number: " + value);
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar wxkit-emulator.jar [--port 9900]");
    }
}
