package io.wxkit.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;

/** DESIGN §1 and §2 on the starter: on top of everything, no cycles, no static state, no Jackson 2 beans. */
class ArchitectureTest {
    private static final JavaClasses SPRING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.spring");

    @Test
    void areasDoNotDependOnEachOther() {
        slices().matching("io.wxkit.spring.(*)..").should().beFreeOfCycles().check(SPRING);
        noClasses().that().resideInAPackage("io.wxkit.spring.pay..")
                .should().dependOnClassesThat().resideInAPackage("io.wxkit.spring.mp..").check(SPRING);
        noClasses().that().resideInAPackage("io.wxkit.spring.mp..")
                .should().dependOnClassesThat().resideInAPackage("io.wxkit.spring.pay..").check(SPRING);
    }

    @Test
    void noInternalsOfTheSdkModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.wxkit..internal..")
                .because("the starter wires public APIs only").check(SPRING);
    }

    @Test
    void jackson2StaysPrivate() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("wxkit's Jackson 2 mappers are never exposed as beans next to Boot 4's Jackson 3 (DESIGN §3)")
                .check(SPRING);
    }

    @Test
    void noStaticMutableStateNorThreadLocals() {
        fields().that().areStatic().should().beFinal().check(SPRING);
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(SPRING);
    }

    @Test
    void autoConfigurationsArePublicAndNamedSo() {
        classes().that().areAnnotatedWith(AutoConfiguration.class).should().bePublic()
                .andShould().haveSimpleNameEndingWith("Configuration").check(SPRING);
    }
}
