package io.wxkit.benchmarks.scale;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;

/** The benchmarks' smoke tests need PostgreSQL on 127.0.0.1:5432: under {@code CI=true} its absence fails them. */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    /** Fails (CI) or skips (elsewhere) the calling test when PostgreSQL does not answer; {@code who} needs it. */
    public static void require(String who) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
        } catch (IOException e) {
            String message = "PostgreSQL is not reachable at 127.0.0.1:5432; " + who + " needs it";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: integration tests must run)");
            }
            Assumptions.abort(message);
        }
    }
}
