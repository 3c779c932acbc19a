package io.wxkit.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.benchmarks.load.CallbackOperation.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load driver against sdk-mp's callback handler on 127.0.0.1: a few users for a few seconds. */
class LoadDriverTest {
    private final LoadDriver driver = new LoadDriver(4);

    private static List<LoadOperation.Weighted> mix(CallbackOperation.Account account) {
        return List.of(new LoadOperation.Weighted(new CallbackOperation(Kind.TEXT, account, "hello"), 3),
                new LoadOperation.Weighted(new CallbackOperation(Kind.CLICK, account, "NEWS"), 1),
                new LoadOperation.Weighted(new CallbackOperation(Kind.SUBSCRIBE, account, ""), 1));
    }

    private static LoadPlan plan(LoadTarget target, CallbackOperation.Account account, int users, long seconds, long max) {
        return new LoadPlan(target, mix(account), users, Duration.ofSeconds(seconds), max, Duration.ofMillis(100),
                Duration.ofSeconds(5));
    }

    @Test
    void signedEncryptedCallbacksAreAnsweredAndEveryTextIsRoutedOnce() throws Exception {
        try (LocalCallbackApp app = new LocalCallbackApp(4, Duration.ZERO)) {
            LoadPlan plan = plan(LoadTarget.of(app.baseUrl()), app.account(), 4, 2,
                    1_000_000);
            LoadReport r = driver.run(plan, List.of(report -> {
                long sent = row(report, "callback text").requests();
                return new PostRunCheck.Outcome("every text routed once", app.texts.get() == sent,
                        app.texts.get() + " routed, " + sent + " sent");
            }));

            assertThat(r.total().errors()).as(r.markdown()).isZero();
            assertThat(r.total().requests()).isGreaterThan(20).isEqualTo(app.answered.get());
            assertThat(r.checksHold()).as(r.markdown()).isTrue();
            assertThat(r.rows()).extracting(LoadReport.Row::operation)
                    .containsExactly("callback text", "callback menu CLICK", "callback subscribe");
            assertThat(r.rows()).allSatisfy(row -> {
                assertThat(row.requests()).isPositive();
                assertThat(row.p50()).isPositive().isLessThanOrEqualTo(row.p95());
                assertThat(row.p95()).isLessThanOrEqualTo(row.p99());
                assertThat(row.p99()).isLessThanOrEqualTo(row.max());
            });
            assertThat(app.clicks.get()).isPositive();
            assertThat(r.total().perSecond()).isPositive();
            assertThat(r.markdown()).contains("| callback text |", "check every text routed once: holds");
        }
    }

    @Test
    void aWrongTokenMakesEveryRequestAnError() throws Exception {
        try (LocalCallbackApp app = new LocalCallbackApp(2, Duration.ZERO)) {
            LoadReport r = driver.run(plan(LoadTarget.of(app.baseUrl()), new CallbackOperation.Account(LocalCallbackApp.APP_ID, LocalCallbackApp.ORIGINAL_ID, "not-the-token", app.encodingAesKey, LocalCallbackApp.PATH), 2, 5, 30));
            assertThat(r.total().requests()).isEqualTo(30);
            assertThat(r.total().errors()).isEqualTo(30);
            assertThat(r.rows().stream().flatMap(row -> row.errorKinds().keySet().stream())).allMatch(k -> k.startsWith("HTTP 4"));
            assertThat(app.texts.get()).isZero();
        }
    }

    @Test
    void aRunStopsAtItsRequestCountAndTwoInstancesShareTheLoad() throws Exception {
        try (LocalCallbackApp a = new LocalCallbackApp(2, Duration.ZERO);
             LocalCallbackApp b = new LocalCallbackApp(2, Duration.ZERO, a.token, a.encodingAesKey)) {
            LoadReport r = driver.run(plan(LoadTarget.of(a.baseUrl(), b.baseUrl()),
                    a.account(), 3, 20, 200));
            assertThat(r.total().requests()).isEqualTo(200);
            assertThat(r.total().errors()).isZero();
            assertThat(a.answered.get() + b.answered.get()).isEqualTo(200);
            assertThat(a.answered.get()).isBetween(50L, 150L);
        }
    }

    @Test
    void theKneeIsWhereP99PassesTheThreshold(@TempDir Path out) throws Exception {
        // one worker spending 40 ms per request: one user waits ~40 ms, 64 users queue for ~2.5 s
        try (LocalCallbackApp app = new LocalCallbackApp(1, Duration.ofMillis(40))) {
            LoadPlan plan = new LoadPlan(LoadTarget.of(app.baseUrl()), mix(app.account()),
                    1, Duration.ofSeconds(3), 1_000_000, Duration.ZERO, Duration.ofSeconds(10));
            KneeSearch.Result knee = KneeSearch.run(driver, plan, new int[] {1, 64, 128}, Duration.ofSeconds(1));
            assertThat(knee.knee()).contains(64);
            assertThat(knee.steps()).hasSize(2);
            assertThat(knee.steps().get(0).worstP99()).isLessThan(1_000);
            assertThat(knee.markdown()).contains("knee: p99 passes 1000 ms at 64 users");
            Path png = out.resolve("knee.png");
            LoadChart.write(knee, png);
            assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(900);
        }
    }

    @Test
    void thinkTimePausesEachUserBetweenOperationsAndStaysOutOfTheLatency() throws Exception {
        try (LocalCallbackApp app = new LocalCallbackApp(2, Duration.ZERO)) {
            LoadPlan plan = plan(LoadTarget.of(app.baseUrl()), app.account(), 4, 2, 1_000_000)
                    .withThinkTime(Duration.ofMillis(200));
            LoadReport r = driver.run(plan);

            // 4 users x 2 s / (200 ms pause + ~1 ms answer) ~ 40 operations; a closed loop would send thousands
            assertThat(r.total().requests()).isBetween(12L, 90L);
            assertThat(r.total().errors()).isZero();
            assertThat(r.total().p50()).as("the pause is not latency").isLessThan(150);
            assertThat(r.markdown()).contains("think time 200 ms mean");
        }
    }

    @Test
    void pausesAreExponentialWithTheMeanAndCappedAtTenTimesIt() {
        LoadPlan plan = new LoadPlan(LoadTarget.of("http://127.0.0.1:1"), mix(new CallbackOperation.Account("wx0000000000000001",
                "gh_000000000001", "token", "a".repeat(43), "/wx")), 1, Duration.ofSeconds(1), 1, Duration.ZERO, Duration.ofSeconds(1));
        SplittableRandom random = new SplittableRandom(11);
        assertThat(plan.pauseNanos(random)).isZero();
        LoadPlan thinking = plan.withThinkTime(Duration.ofMillis(3000));
        long n = 200_000;
        double sum = 0;
        long max = 0;
        long belowMean = 0;
        for (int i = 0; i < n; i++) {
            long p = thinking.pauseNanos(random);
            sum += p;
            max = Math.max(max, p);
            belowMean += p < 3_000_000_000L ? 1 : 0;
        }
        assertThat(sum / n / 1e6).isCloseTo(3000, org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(max).isLessThanOrEqualTo(30_000_000_000L);
        // exponential: P(X < mean) = 1 - 1/e = 63.2 %
        assertThat(belowMean / (double) n).isCloseTo(0.632, org.assertj.core.data.Offset.offset(0.01));
        assertThatThrownBy(() -> plan.withThinkTime(Duration.ofMillis(-1))).hasMessageContaining("thinkTime");
    }

    @Test
    void theKneesWarmUpStepIsRunButNotReported() throws Exception {
        try (LocalCallbackApp app = new LocalCallbackApp(2, Duration.ZERO)) {
            LoadPlan plan = new LoadPlan(LoadTarget.of(app.baseUrl()), mix(app.account()),
                    1, Duration.ofSeconds(1), 1_000_000, Duration.ZERO, Duration.ofSeconds(10));
            KneeSearch.Result knee = KneeSearch.run(driver, plan, new int[] {2}, Duration.ofSeconds(1), Duration.ofSeconds(1));
            assertThat(knee.steps()).hasSize(1);
            long measured = knee.steps().get(0).report().total().requests();
            assertThat(app.answered.get()).as("the warm-up's requests reached the app too").isGreaterThan(measured);
        }
    }

    @Test
    void theCommandLineRunsAgainstTwoLocalInstancesAndWritesItsReport(@TempDir Path out) throws Exception {
        LoadMain.main(new String[] {"--local-app", "2", "--local-workers", "2", "--users", "3", "--seconds", "2",
            "--ramp-ms", "100", "--out", out.toString()});
        String report = java.nio.file.Files.readString(out.resolve("report.md"));
        assertThat(report).contains("3 users", "| callback text |", "| all |", "check every answered text routed once: holds");
    }

    @Test
    void onlyLoopbackTargets() {
        assertThatThrownBy(() -> LoadTarget.of("http://10.0.0.8:8080")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> LoadTarget.of("https://example.com")).hasMessageContaining("loopback");
        assertThat(LoadTarget.of("http://127.0.0.1:8080/").bases().get(0).toString()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void theHistogramsPercentilesAreWithinTwoPercentOfTheSortedSamples() {
        LogHistogram h = new LogHistogram();
        SplittableRandom random = new SplittableRandom(7);
        long[] nanos = new long[100_000];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (long) Math.exp(random.nextDouble(Math.log(1_000), Math.log(5e9)));
            h.record(nanos[i]);
        }
        Arrays.sort(nanos);
        for (double q : new double[] {0.5, 0.95, 0.99, 0.999}) {
            double exact = nanos[(int) Math.ceil(q * nanos.length) - 1] / 1e6;
            assertThat(h.percentileMs(q)).as("p" + q).isCloseTo(exact, org.assertj.core.data.Percentage.withPercentage(2));
        }
        assertThat(h.maxMs()).isEqualTo(nanos[nanos.length - 1] / 1_000 / 1e3);
        assertThat(h.count()).isEqualTo(nanos.length);
    }

    private static LoadReport.Row row(LoadReport r, String name) {
        return r.rows().stream().filter(x -> x.operation().equals(name)).findFirst().orElseThrow();
    }
}
