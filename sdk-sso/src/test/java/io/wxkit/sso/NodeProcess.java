package io.wxkit.sso;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SsoNodeMain} (copied from sdk-redis's cross-JVM tests) running in its own JVM ({@code java -cp <this test's class path>}),
 * talked to over stdin/stdout. Log lines are kept for the failure message.
 */
final class NodeProcess implements AutoCloseable {
    private static final List<String> ANSWERS = List.of("READY", "ARMED", "REDEEMED", "STATUS", "ERROR");

    private final Process process;
    private final PrintWriter stdin;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final List<String> output = new ArrayList<>();

    private NodeProcess(Process process) {
        this.process = process;
        this.stdin = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readOutput, "node-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static NodeProcess start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
                "-cp", System.getProperty("java.class.path"),
                SsoNodeMain.class.getName()));
        command.addAll(args);
        return new NodeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Sends one command line. */
    void send(String command) {
        stdin.println(command);
    }

    /** The next answer line (READY, TOKENS, ...), waiting at most {@code timeout}. */
    String answer(Duration timeout) throws InterruptedException {
        String line = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("node " + process.pid() + " gave no answer within " + timeout
                    + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")") + "; output:\n" + output());
        }
        if (line.startsWith("ERROR")) {
            throw new AssertionError("node " + process.pid() + " failed: " + line + "\noutput:\n" + output());
        }
        return line;
    }

    Process process() {
        return process;
    }

    synchronized String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            send("EXIT");
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private void readOutput() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (this) {
                    output.add(line);
                }
                String first = line.split(" ", 2)[0];
                if (ANSWERS.contains(first)) {
                    answers.add(line);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
