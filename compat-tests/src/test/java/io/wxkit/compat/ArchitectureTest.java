package io.wxkit.compat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The compatibility tests see the emulator as users do: its public API and HTTP, never its internals. */
class ArchitectureTest {
    private static final JavaClasses COMPAT = new ClassFileImporter().importPackages("io.wxkit.compat");

    @Test
    void onlyThePublicEmulatorApiAndThirdPartyClientsAreUsed() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.wxkit.emulator.internal..", "io.wxkit.emulator.pay..",
                        "io.wxkit.emulator.mp..", "io.wxkit.core..", "io.wxkit.mp..", "io.wxkit.pay..")
                .because("a compatibility test must pass for the same reasons a user's own client would")
                .check(COMPAT);
    }
}
