package io.wxkit.benchmarks;

import com.sun.management.ThreadMXBean;
import io.wxkit.benchmarks.sidebyside.WxkitSideBySide;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Thread CPU time and allocation per {@link CallbackBenchmark} operation, for machines too busy for
 * JMH's wall-clock scores: CPU time counts only the cycles this thread actually got, so other load
 * on the machine inflates it far less than it inflates elapsed time. A second opinion next to JMH
 * (docs/performance.md):
 * {@code java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.CpuTimeProbe}.
 *
 * <p>With arguments it probes the named {@link WxkitSideBySide} paths instead ({@code plainCallback},
 * {@code paymentNotification}), the exact methods of the side-by-side run, for A/B comparisons of two jars
 * on a busy machine: {@code java -Dwxkit.shared.dir=../shared -cp <jar> io.wxkit.benchmarks.CpuTimeProbe
 * plainCallback paymentNotification}.
 */
public final class CpuTimeProbe {
    private static final int WARMUP_OPS = 300_000;
    private static final int ROUND_OPS = 100_000;
    private static final int ROUNDS = 7;

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (args.length > 0) {
            sideBySide(threads, args);
            return;
        }
        for (String mode : new String[] {"plain", "safe"}) {
            CallbackBenchmark bench = new CallbackBenchmark();
            bench.mode = mode;
            bench.prepare();
            for (int i = 0; i < WARMUP_OPS; i++) {
                bench.handle();
                bench.protocolOnly();
            }
            report(mode + " handle", threads, bench::handle);
            report(mode + " protocolOnly", threads, bench::protocolOnly);
        }
    }

    private static void sideBySide(ThreadMXBean threads, String[] paths) {
        WxkitSideBySide bench = new WxkitSideBySide();
        bench.prepare();
        for (String path : paths) {
            Runnable op = switch (path) {
                case "plainCallback" -> bench::plainCallback;
                case "paymentNotification" -> bench::paymentNotification;
                case "safeCallback" -> bench::safeCallback;
                default -> throw new IllegalArgumentException("unknown path: " + path);
            };
            // the notification costs ~40 us, the callbacks ~2 us: scale the rounds to a few seconds each
            int scale = "paymentNotification".equals(path) ? 20 : 1;
            for (int i = 0; i < WARMUP_OPS / scale; i++) {
                op.run();
            }
            report(path, threads, op, ROUND_OPS / scale);
        }
        bench.close();
    }

    private static void report(String name, ThreadMXBean threads, Runnable op) {
        report(name, threads, op, ROUND_OPS);
    }

    private static void report(String name, ThreadMXBean threads, Runnable op, int roundOps) {
        long self = Thread.currentThread().getId();
        double[] cpuMicros = new double[ROUNDS];
        double[] bytes = new double[ROUNDS];
        double[] processMicros = new double[ROUNDS];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < ROUNDS; r++) {
            long process0 = os.getProcessCpuTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long alloc0 = threads.getThreadAllocatedBytes(self);
            for (int i = 0; i < roundOps; i++) {
                op.run();
            }
            cpuMicros[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000.0 / roundOps;
            bytes[r] = (threads.getThreadAllocatedBytes(self) - alloc0) / (double) roundOps;
            processMicros[r] = (os.getProcessCpuTime() - process0) / 1_000.0 / roundOps;
        }
        Arrays.sort(processMicros);
        Arrays.sort(cpuMicros);
        Arrays.sort(bytes);
        System.out.printf(Locale.ROOT,
                "%-19s cpu/op: median %.2f us (min %.2f, max %.2f) over %d rounds of %d; whole JVM (GC, JIT, cache"
                        + " maintenance): %.2f us; alloc/op: median %.0f B%n",
                name, cpuMicros[ROUNDS / 2], cpuMicros[0], cpuMicros[ROUNDS - 1], ROUNDS, roundOps,
                processMicros[ROUNDS / 2], bytes[ROUNDS / 2]);
    }
}
