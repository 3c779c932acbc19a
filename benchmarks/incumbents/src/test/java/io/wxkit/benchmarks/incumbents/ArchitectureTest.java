package io.wxkit.benchmarks.incumbents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The incumbents' side measures only the incumbents: no wxkit SDK code can reach its classpath or its classes. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.benchmarks");

    @Test
    void noIncumbentBenchmarkTouchesWxkit() {
        noClasses().that().resideInAPackage("io.wxkit.benchmarks..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wxkit.core..", "io.wxkit.mp..", "io.wxkit.pay..")
                .check(classes);
    }
}
