package io.wxkit.examples.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.examples.demo.DemoUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo users' openids are the same on every start against the same data directory, and only then. */
class EmulatorSeedTest {

    @Test
    void theSameDataDirectoryGivesTheSameOpenidsOnEveryStart(@TempDir Path dataDir) {
        List<String> first = openids(dataDir);
        List<String> second = openids(dataDir);

        assertThat(first).hasSize(12).doesNotHaveDuplicates().allSatisfy(o -> assertThat(o).startsWith("o"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherDataDirectoryGivesOtherOpenids(@TempDir Path one, @TempDir Path other) {
        assertThat(openids(other)).doesNotContainAnyElementsOf(openids(one));
    }

    @Test
    void theSeedIsRandomPerInstallationAndKeptInTheDataDirectory(@TempDir Path dataDir) throws Exception {
        openids(dataDir);
        String seed = Files.readString(dataDir.resolve("emulator-seed")).strip();
        assertThat(seed).matches("[0-9a-f]{64}");
    }

    /** What EmbeddedWeChat does on a start: the two accounts, then the demo users, before anything else. */
    private static List<String> openids(Path dataDir) {
        try (WxEmulator emulator = WxEmulator.builder().port(0).random(EmulatorSeed.randomFor(dataDir)).start()) {
            DemoAccounts.APP_IDS.forEach((name, appId) -> emulator.control().account(appId, "secret" + name,
                    "token" + name, null, null, CallbackMode.PLAIN));
            DemoUsers users = DemoUsers.create(emulator.control(), DemoAccounts.APP_IDS);
            return DemoAccounts.APP_IDS.keySet().stream()
                    .flatMap(name -> users.of(name).stream().map(DemoUsers.Entry::openid)).toList();
        }
    }
}
