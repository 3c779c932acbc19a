package io.wxkit.benchmarks;

import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.Credential;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code AccessTokenManager.token()} when the token is cached: the cost every API call pays before
 * it is sent. Run: {@code java -jar benchmarks/target/benchmarks.jar AccessToken -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccessTokenBenchmark {
    private AccessTokenManager tokens;

    @Setup
    public void cacheOneToken() {
        CaffeineTokenStore store = CaffeineTokenStore.create();
        store.put(AccessTokenManager.storeKey("wxAPPID"), new Credential("T", Instant.now().plusSeconds(7200)));
        tokens = AccessTokenManager.builder().appId("wxAPPID")
                .external(() -> {
                    throw new IllegalStateException("the benchmark must never fetch");
                })
                .tokenStore(store).clock(Clock.systemUTC()).build();
    }

    @Benchmark
    public String cachedToken() {
        return tokens.token();
    }
}
