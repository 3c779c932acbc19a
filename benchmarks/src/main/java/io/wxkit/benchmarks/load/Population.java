package io.wxkit.benchmarks.load;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Who the virtual users are: their openids, made before the clock starts. Synthetic openids do for callbacks
 * signed by the driver; the app's pages need people the emulator knows ({@link EmulatorUsers}).
 */
@FunctionalInterface
public interface Population {
    /** {@code users} openids for the run {@code run}, one per virtual user. */
    List<String> openids(String run, int users) throws InterruptedException;

    /** {@code oLoad<run>u<i>}: no one the WeChat side knows. */
    static Population synthetic() {
        return (run, users) -> IntStream.range(0, users).mapToObj(i -> "oLoad" + run + "u" + i).toList();
    }
}
