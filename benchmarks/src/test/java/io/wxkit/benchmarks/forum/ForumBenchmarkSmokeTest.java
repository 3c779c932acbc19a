package io.wxkit.benchmarks.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.benchmarks.scale.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forum benchmark's smoke mode (a few thousand replies in {@code wxkit_forum_bench_smoke}): loader,
 * every measured query and the EXPLAIN capture run once, so the 10-million-row benchmark cannot rot.
 */
class ForumBenchmarkSmokeTest {
    @Test
    void everyQueryOfTheForumBenchmarkRunsOnASmallLoad(@TempDir Path out) throws Exception {
        LocalPostgres.require("the forum benchmark");
        List<ForumBenchmark.Timing> timings = ForumBenchmark.run("wxkit_forum_bench_smoke", new long[] {2_000, 5_000},
                5, out);
        assertThat(timings).isNotEmpty().allSatisfy(t -> {
            assertThat(t.calls()).isPositive();
            assertThat(t.p99()).isGreaterThanOrEqualTo(t.p50()).isPositive();
        });
        try (var files = Files.list(out)) {
            assertThat(files).as("EXPLAIN output kept").isNotEmpty();
        }
    }
}
