package io.wxkit.examples.twoinstances;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;

/** PostgreSQL (5432) and Redis (6379) on 127.0.0.1: under {@code CI=true} their absence fails the test. */
final class LocalServices {

    private LocalServices() {
    }

    /** Fails (CI) or skips (elsewhere) the calling test when either service does not answer. */
    static void require(String who) {
        reachable("PostgreSQL", 5432, who);
        reachable("Redis", 6379, who);
    }

    private static void reachable(String name, int port, String who) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        } catch (IOException e) {
            String message = name + " is not reachable at 127.0.0.1:" + port + "; " + who + " needs it";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: integration tests must run)");
            }
            Assumptions.abort(message);
        }
    }
}
