package io.wxkit.sso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §1 on sdk-sso: core and mp below it only, no Spring, no cycles, no static state, no ThreadLocal. */
class ArchitectureTest {
    private static final JavaClasses SSO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.sso");

    @Test
    void ssoDependsOnCoreAndMpOnly() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.wxkit.pay..", "io.wxkit.redis..", "io.wxkit.modules..", "io.wxkit.emulator..",
                        "io.wxkit.spring..", "io.wxkit.examples..", "org.springframework..", "jakarta.servlet..")
                .check(SSO);
    }

    @Test
    void featurePackagesHaveNoCyclesAndNeverReachTheEntryPackage() {
        // a feature package and its half under internal (ticket and internal.ticket) form one slice (issue 24)
        slices().assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
            @Override
            public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
                    com.tngtech.archunit.core.domain.JavaClass type) {
                if (!type.getPackageName().startsWith("io.wxkit.sso.")) {
                    return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                }
                String rest = type.getPackageName().substring("io.wxkit.sso.".length());
                rest = rest.startsWith("internal.") ? rest.substring("internal.".length()) : rest;
                return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(rest.split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "sso's feature packages, each with its internal half";
            }
        }).should().beFreeOfCycles().check(SSO);
        noClasses().that().resideOutsideOfPackage("io.wxkit.sso")
                .should().dependOnClassesThat().resideInAPackage("io.wxkit.sso").check(SSO);
        noClasses().that().resideInAPackage("io.wxkit.sso.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wxkit.sso.client..", "io.wxkit.sso.binding..",
                        "io.wxkit.sso.broker..", "io.wxkit.sso.ticket..", "io.wxkit.sso.session..", "io.wxkit.sso.audit..")
                .check(SSO);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal()
                .because("static mutable state leaks between brokers and tests (DESIGN §2)").check(SSO);
    }

    @Test
    void noThreadLocals() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(SSO);
    }
}
