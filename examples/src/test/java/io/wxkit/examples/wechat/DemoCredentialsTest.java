package io.wxkit.examples.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances on one data directory compute the same credentials; another installation gets others. */
class DemoCredentialsTest {

    @Test
    void theSameDataDirectoryGivesTheSameCredentials(@TempDir Path dataDir) {
        DemoCredentials first = DemoCredentials.of(dataDir);
        DemoCredentials second = DemoCredentials.of(dataDir);

        assertThat(second.secret("wx1")).isEqualTo(first.secret("wx1")).matches("[0-9a-f]{32}");
        assertThat(second.token("wx1")).isEqualTo(first.token("wx1")).matches("[0-9a-f]{32}");
        assertThat(second.aesKey("wx1")).isEqualTo(first.aesKey("wx1")).matches("[A-Za-z0-9]{43}");
        assertThat(second.apiV3Key("m")).isEqualTo(first.apiV3Key("m")).hasSize(32);
        assertThat(second.certSerial("m")).isEqualTo(first.certSerial("m")).matches("[0-9A-F]{40}");
        assertThat(second.merchantPublicKeyPem()).isEqualTo(first.merchantPublicKeyPem())
                .startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void eachValueHasItsOwnLabelAndEachInstallationItsOwnValues(@TempDir Path one, @TempDir Path other) {
        DemoCredentials a = DemoCredentials.of(one);
        DemoCredentials b = DemoCredentials.of(other);

        assertThat(List.of(a.secret("wx1"), a.token("wx1"), a.secret("wx2"), a.apiV3Key("wx1")))
                .doesNotHaveDuplicates();
        assertThat(b.secret("wx1")).isNotEqualTo(a.secret("wx1"));
        assertThat(b.merchantPublicKeyPem()).isNotEqualTo(a.merchantPublicKeyPem());
        assertThat(a.toString()).doesNotContain(a.secret("wx1"));
    }

    @Test
    void instancesCreatingAKeyFileTogetherEndUpWithOneKey(@TempDir Path dataDir) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> racers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LocalKeys.base64Key(dataDir.resolve("shared-key"), 32);
        })).toList();
        go.countDown();

        List<String> keys = racers.stream().map(CompletableFuture::join).distinct().toList();
        assertThat(keys).hasSize(1);
        assertThat(Files.readString(dataDir.resolve("shared-key")).strip()).isEqualTo(keys.get(0));
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("shared-key"); // no temp left
        }
    }
}
