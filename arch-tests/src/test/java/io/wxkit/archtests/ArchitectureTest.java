package io.wxkit.archtests;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §1/§2's architecture over every wxkit module's production classes (one suite, issue 24). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importOnce() {
        classes = WxkitClasses.all();
    }

    @Test
    void theSuiteSeesEveryModule() {
        for (String pkg : new String[] {"io.wxkit.core", "io.wxkit.mp", "io.wxkit.pay", "io.wxkit.redis",
                "io.wxkit.sso", "io.wxkit.emulator", "io.wxkit.modules.common", "io.wxkit.modules.vote",
                "io.wxkit.modules.lottery", "io.wxkit.modules.forms", "io.wxkit.modules.member",
                "io.wxkit.modules.forum", "io.wxkit.modules.shop", "io.wxkit.spring", "io.wxkit.examples"}) {
            assertThat(classes.containPackage(pkg)).as(pkg).isTrue();
        }
    }

    @Test
    void dependenciesPointDownOnly() {
        WxkitRules.dependencyDirection().check(classes);
    }

    @Test
    void theEmulatorNeverUsesTheClients() {
        WxkitRules.emulatorIndependentOfClients().check(classes);
    }

    @Test
    void noPackageCycles() {
        WxkitRules.noPackageCycles().check(classes);
    }

    @Test
    void springOnlyInTheStarterAndTheExamples() {
        WxkitRules.springOnlyInStarterAndExamples().check(classes);
    }

    @Test
    void threadLocalOnlyInCoreCrypto() {
        WxkitRules.threadLocalOnlyInCrypto().check(classes);
    }

    @Test
    void noStaticMutableState() {
        WxkitRules.noStaticMutableState().check(classes);
    }

    @Test
    void theExamplesAppAndTheStarterUseTheUserApiOnly() {
        WxkitRules.applicationsUseNoInternalType().check(classes);
    }

    /**
     * No exception and nothing frozen: the feature APIs of mp and pay take their module's user-API pipeline
     * ({@code ApiClient}, {@code PayPipeline}) in their public constructors, and the emulator's control API
     * hands out {@code io.wxkit.emulator.callback.Delivery}.
     */
    @Test
    void theUserApiNeverExposesAnInternalType() throws java.io.IOException {
        ApiSurface surface = ApiSurfaceTest.surface();
        WxkitRules.userApiHidesInternals(DescribedPredicate.describe("are user API", surface::isUserApi)).check(classes);
    }
}
