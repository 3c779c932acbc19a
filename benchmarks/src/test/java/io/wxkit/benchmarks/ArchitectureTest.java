package io.wxkit.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The side-by-side inputs are shared with the incumbents' jar: they may use nothing but the JDK. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.benchmarks");

    @Test
    void theSharedInputsAndChecksUseOnlyTheJdk() {
        classes().that().resideInAPackage("io.wxkit.benchmarks.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "io.wxkit.benchmarks.shared..")
                .check(classes);
    }

    @Test
    void theJdkFloorUsesNoLibrary() {
        classes().that().haveSimpleNameStartingWith("JdkFloor")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "io.wxkit.benchmarks.shared..",
                        "io.wxkit.benchmarks.sidebyside..", "org.openjdk.jmh..")
                .check(classes);
    }
}
