package io.wxkit.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Thread CPU time and allocation per {@link CallbackBenchmark} operation, for machines too busy for
 * JMH's wall-clock scores: CPU time counts only the cycles this thread actually got, so other load
 * on the machine inflates it far less than it inflates elapsed time. A second opinion next to JMH
 * (docs/performance.md):
 * {@code java -cp benchmarks/target/benchmarks.jar io.wxkit.benchmarks.CpuTimeProbe}.
 */
public final class CpuTimeProbe {
    private static final int WARMUP_OPS = 300_000;
    private static final int ROUND_OPS = 100_000;
    private static final int ROUNDS = 7;

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
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

    private static void report(String name, ThreadMXBean threads, Runnable op) {
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
            for (int i = 0; i < ROUND_OPS; i++) {
                op.run();
            }
            cpuMicros[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000.0 / ROUND_OPS;
            bytes[r] = (threads.getThreadAllocatedBytes(self) - alloc0) / (double) ROUND_OPS;
            processMicros[r] = (os.getProcessCpuTime() - process0) / 1_000.0 / ROUND_OPS;
        }
        Arrays.sort(processMicros);
        Arrays.sort(cpuMicros);
        Arrays.sort(bytes);
        System.out.printf(Locale.ROOT,
                "%-19s cpu/op: median %.2f us (min %.2f, max %.2f) over %d rounds of %d; whole JVM (GC, JIT, cache"
                        + " maintenance): %.2f us; alloc/op: median %.0f B%n",
                name, cpuMicros[ROUNDS / 2], cpuMicros[0], cpuMicros[ROUNDS - 1], ROUNDS, ROUND_OPS,
                processMicros[ROUNDS / 2], bytes[ROUNDS / 2]);
    }
}
