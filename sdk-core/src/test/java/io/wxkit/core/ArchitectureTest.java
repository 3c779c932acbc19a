package io.wxkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
        // a feature package and its half under internal (http and internal.http, ...) form one slice: the
        // internal half is what moved out of it for the other modules (issue 24), not a layer of its own
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                if (!type.getPackageName().startsWith("io.wxkit.core.")) {
                    return SliceIdentifier.ignore();
                }
                String rest = type.getPackageName().substring("io.wxkit.core".length());
                rest = rest.startsWith(".internal") ? rest.substring(".internal".length()) : rest;
                return rest.isEmpty() ? SliceIdentifier.ignore() : SliceIdentifier.of(rest.substring(1).split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "core's packages, each with its internal half";
            }
        }).should().beFreeOfCycles().check(CORE);
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
        noClasses().that().resideOutsideOfPackages("io.wxkit.core.crypto..", "io.wxkit.core.internal.crypto..")
                .should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                .because("only per-thread Cipher/MessageDigest/SecureRandom caches may be thread-local")
                .check(CORE);
    }
}
