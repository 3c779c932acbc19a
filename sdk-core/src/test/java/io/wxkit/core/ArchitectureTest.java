package io.wxkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §1 and §8: the rules every wxkit module obeys, checked on sdk-core's classes. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.core");

    @Test
    void coreDependsOnNoOtherWxkitModuleAndNoSpring() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.wxkit.mp..", "io.wxkit.pay..", "io.wxkit.sso..", "io.wxkit.redis..",
                        "io.wxkit.modules..", "io.wxkit.emulator..", "io.wxkit.spring..", "org.springframework..")
                .check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.wxkit.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal()
                .because("static mutable state leaks between accounts and tests (DESIGN §2)")
                .allowEmptyShould(true)
                .check(CORE);
    }

    @Test
    void threadLocalsOnlyInCrypto() {
        noClasses().that().resideOutsideOfPackage("io.wxkit.core.crypto..")
                .should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                .because("only per-thread Cipher/MessageDigest/SecureRandom caches may be thread-local")
                .check(CORE);
    }
}
