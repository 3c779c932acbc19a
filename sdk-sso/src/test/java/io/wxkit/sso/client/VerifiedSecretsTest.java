package io.wxkit.sso.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class VerifiedSecretsTest {
    final SecretHasher hasher = new SecretHasher(8, 1, 1); // cheap parameters: the test counts calls, not cost
    final AtomicInteger argon2Checks = new AtomicInteger();
    final BiPredicate<String, String> counted = (secret, stored) -> {
        argon2Checks.incrementAndGet();
        return hasher.matches(secret, stored);
    };
    final VerifiedSecrets verified = new VerifiedSecrets();

    @Test
    void aVerifiedSecretIsRecognisedAgainWithoutArgon2() {
        String stored = hasher.hash("s3cret-256-bit-token", new SecureRandom());

        assertThat(verified.matches(counted, "s3cret-256-bit-token", stored)).isTrue();
        assertThat(verified.matches(counted, "s3cret-256-bit-token", stored)).isTrue();
        assertThat(verified.matches(counted, "s3cret-256-bit-token", stored)).isTrue();
        assertThat(argon2Checks).hasValue(1);
    }

    @Test
    void aWrongSecretAlwaysPaysTheFullCheckAndNeverMatches() {
        String stored = hasher.hash("right", new SecureRandom());
        assertThat(verified.matches(counted, "right", stored)).isTrue();

        assertThat(verified.matches(counted, "wrong", stored)).isFalse();
        assertThat(verified.matches(counted, "wrong", stored)).isFalse();
        assertThat(verified.matches(counted, null, stored)).isFalse();
        assertThat(argon2Checks).hasValue(3); // the first verification, then each wrong one
    }

    @Test
    void aRotatedSecretIsNeverAnsweredFromTheOldEntry() {
        String before = hasher.hash("old", new SecureRandom());
        assertThat(verified.matches(counted, "old", before)).isTrue();
        String after = hasher.hash("new", new SecureRandom());

        assertThat(verified.matches(counted, "old", after)).isFalse();
        assertThat(verified.matches(counted, "new", after)).isTrue();
        assertThat(verified.matches(counted, "old", before)).isTrue(); // still the previous hash's own secret
        assertThat(argon2Checks).hasValue(3);
    }
}
