package io.wxkit.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.sso.client.IssuedCredentials;
import io.wxkit.sso.client.SecretHasher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secret checks leak nothing through timing: with the production Argon2id cost, an unknown client id, a wrong
 * secret differing in its first character and one differing in its last all cost one full derivation (the
 * unknown id is checked against a decoy hash; the hashes are compared in constant time). Medians of
 * interleaved samples, compared with a wide margin because the machine is shared.
 */
class ConstantTimeSecretTest {
    static final int SAMPLES = 9;
    static HikariDataSource ds;

    @BeforeAll
    static void start() {
        ds = TestDb.H2.open("constant_time");
    }

    @AfterAll
    static void stop() {
        ds.close();
    }

    @Test
    void anUnknownClientAndWrongSecretsCostTheSameFullArgon2idDerivation() {
        try (SsoFixture fx = SsoFixture.start(ds, b -> b.secretHasher(SecretHasher.owaspDefault()))) {
            IssuedCredentials crm = fx.register("crm", "https://crm.example.com/sso");
            String secret = crm.clientSecret();
            String firstWrong = (secret.charAt(0) == 'A' ? "B" : "A") + secret.substring(1);
            String lastWrong = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
            List<Long> unknown = new ArrayList<>();
            List<Long> first = new ArrayList<>();
            List<Long> last = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) {
                unknown.add(nanos(() -> fx.sso.clients().authenticate("nobody", secret).isPresent()));
                first.add(nanos(() -> fx.sso.clients().authenticate("crm", firstWrong).isPresent()));
                last.add(nanos(() -> fx.sso.clients().authenticate("crm", lastWrong).isPresent()));
            }
            long reference = median(last);
            assertThat(reference).as("a full derivation at 19 MiB / 2 passes").isGreaterThan(2_000_000L);
            assertThat((double) median(unknown) / reference).as("unknown id vs wrong secret").isBetween(0.4, 2.5);
            assertThat((double) median(first) / reference).as("first vs last character wrong").isBetween(0.4, 2.5);
        } finally {
            TestDb.clean(ds);
        }
    }

    private static long nanos(Supplier<Boolean> call) {
        long t = System.nanoTime();
        assertThat(call.get()).isFalse();
        return System.nanoTime() - t;
    }

    private static long median(List<Long> xs) {
        List<Long> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
