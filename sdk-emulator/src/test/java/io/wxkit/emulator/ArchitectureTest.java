package io.wxkit.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §1 and §8 on the emulator: core only, no client code it checks, no cycles, no static state. */
class ArchitectureTest {
    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.emulator");

    @Test
    void emulatorDependsOnCoreOnlyNeverOnTheClientsItChecks() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.wxkit.mp..", "io.wxkit.pay..", "io.wxkit.sso..", "io.wxkit.redis..",
                        "io.wxkit.modules..", "io.wxkit.spring..", "org.springframework..", "okhttp3..")
                .because("the emulator implements WeChat's side independently (DESIGN §1)")
                .check(EMULATOR);
    }

    @Test
    void onlyTheHttpTransportTouchesJetty() {
        noClasses().that().resideOutsideOfPackage("io.wxkit.emulator.internal.http..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..")
                .because("routes see Request/Answer only, so the server underneath can change in one place")
                .check(EMULATOR);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.wxkit.emulator.(**)").should().beFreeOfCycles().check(EMULATOR);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal()
                .because("static mutable state leaks between emulators and tests (DESIGN §2)")
                .allowEmptyShould(true)
                .check(EMULATOR);
    }

    @Test
    void noThreadLocals() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(EMULATOR);
    }

    @Test
    void onlyTheJunitPackageTouchesJunit() {
        noClasses().that().resideOutsideOfPackage("io.wxkit.emulator.junit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.junit..")
                .because("junit-jupiter-api is an optional dependency").check(EMULATOR);
    }
}
