package io.wxkit.redis;

import io.wxkit.mp.WxMp;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Threads calling {@code mp.users().get(..)} for a while, as the measurement did; the result
 * counts calls, failures and the longest single call.
 */
final class StormCallers {
    record Result(long calls, long failures, long maxMillis, String firstFailure) {
        static Result parse(String answer) {
            String[] f = answer.split(" ", 5);
            return new Result(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f.length > 4 ? f[4] : "");
        }

        String answer() {
            return "STORMED " + calls + " " + failures + " " + maxMillis + (firstFailure.isEmpty() ? "" : " " + firstFailure);
        }
    }

    private StormCallers() {}

    static Result run(WxMp mp, int threads, long millis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<long[]> perThread = Race.run(threads, () -> {
            long calls = 0;
            long failures = 0;
            long max = 0;
            while (System.nanoTime() - deadline < 0) {
                long start = System.nanoTime();
                try {
                    mp.users().get("OPENID");
                } catch (RuntimeException e) {
                    failures++;
                }
                max = Math.max(max, System.nanoTime() - start);
                calls++;
            }
            return new long[] {calls, failures, TimeUnit.NANOSECONDS.toMillis(max)};
        });
        long calls = 0;
        long failures = 0;
        long max = 0;
        for (long[] t : perThread) {
            calls += t[0];
            failures += t[1];
            max = Math.max(max, t[2]);
        }
        return new Result(calls, failures, max, "");
    }
}
