package io.wxkit.redis;

import static org.junit.jupiter.api.Assertions.fail;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away three-master Redis Cluster on free local ports, started from the {@code redis-server}
 * and {@code redis-cli} on the PATH, keeping nothing on disk beyond a temporary directory.
 */
final class LocalRedisCluster implements AutoCloseable {
    private final Path dir;
    private final List<Integer> ports;
    private final List<Process> servers = new ArrayList<>();

    private LocalRedisCluster(Path dir, List<Integer> ports) {
        this.dir = dir;
        this.ports = ports;
    }

    /** Starts the cluster, or skips (fails under {@code CI=true}) when Redis binaries are missing. */
    static LocalRedisCluster start() throws Exception {
        if (!onPath("redis-server") || !onPath("redis-cli")) {
            String message = "redis-server/redis-cli not on PATH: cannot start a local Redis Cluster";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        LocalRedisCluster cluster = new LocalRedisCluster(Files.createTempDirectory("wxkit-redis-cluster"), freePorts(3));
        try {
            cluster.launch();
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    List<RedisURI> uris() {
        return ports.stream().map(p -> RedisURI.create("127.0.0.1", p)).toList();
    }

    private void launch() throws Exception {
        for (int port : ports) {
            Path nodeDir = Files.createDirectories(dir.resolve(Integer.toString(port)));
            servers.add(new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--dir", nodeDir.toString(),
                    "--save", "", "--appendonly", "no", "--protected-mode", "no")
                    .redirectErrorStream(true).redirectOutput(nodeDir.resolve("log").toFile()).start());
        }
        for (int port : ports) {
            awaitPort(port);
        }
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        ports.forEach(p -> create.add("127.0.0.1:" + p));
        create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        Process cli = new ProcessBuilder(create).redirectErrorStream(true)
                .redirectOutput(dir.resolve("create.log").toFile()).start();
        if (!cli.waitFor(60, TimeUnit.SECONDS) || cli.exitValue() != 0) {
            throw new AssertionError("redis-cli --cluster create failed: " + Files.readString(dir.resolve("create.log")));
        }
        awaitClusterOk();
    }

    private void awaitClusterOk() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int port : ports) {
            RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", port));
            try (StatefulRedisConnection<String, String> c = client.connect()) {
                while (!c.sync().clusterInfo().contains("cluster_state:ok")) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("cluster not ok on " + port + ": " + c.sync().clusterInfo());
                    }
                    Thread.sleep(100); // cluster gossip converges on its own schedule
                }
            } finally {
                client.shutdown();
            }
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("redis-server did not start on " + port);
                }
                Thread.sleep(50); // the server process is starting
            }
        }
    }

    /** Free ports whose cluster bus port (+10000) is free too. */
    private static List<Integer> freePorts(int n) throws IOException {
        List<Integer> ports = new ArrayList<>();
        for (int candidate = 20_000 + (int) (ProcessHandle.current().pid() % 5_000); ports.size() < n; candidate += 7) {
            if (free(candidate) && free(candidate + 10_000)) {
                ports.add(candidate);
            }
        }
        return ports;
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onPath(String binary) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, binary)));
    }

    @Override
    public void close() throws Exception {
        for (Process p : servers) {
            p.destroy();
        }
        for (Process p : servers) {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
