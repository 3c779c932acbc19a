package io.wxkit.mp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** DESIGN §1 and §8, checked on sdk-mp's classes. */
class MpArchitectureTest {
    private static final JavaClasses MP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.mp");

    @Test
    void mpDependsOnCoreOnlyAndNoSpring() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.wxkit.pay..", "io.wxkit.sso..", "io.wxkit.redis..", "io.wxkit.modules..",
                        "io.wxkit.emulator..", "io.wxkit.spring..", "org.springframework..")
                .check(MP);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        // a feature package and its half under internal (draft and internal.draft) form one slice: the internal
        // half is what moved out of it for the other packages (issue 24), not a layer of its own
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                if (!type.getPackageName().startsWith("io.wxkit.mp.")) {
                    return SliceIdentifier.ignore();
                }
                String rest = type.getPackageName().substring("io.wxkit.mp.".length());
                rest = rest.startsWith("internal.") ? rest.substring("internal.".length()) : rest;
                return SliceIdentifier.of(rest.split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "mp's feature packages, each with its internal half";
            }
        }).should().beFreeOfCycles().check(MP);
    }

    @Test
    void featurePackagesDoNotReachBackIntoTheEntryObject() {
        noClasses().that().resideOutsideOfPackage("io.wxkit.mp")
                .should().dependOnClassesThat().resideInAPackage("io.wxkit.mp")
                .because("WxMp depends on the features, never the other way round")
                .check(MP);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal()
                .because("static mutable state leaks between accounts and tests (DESIGN §2)")
                .allowEmptyShould(true)
                .check(MP);
    }

    @Test
    void noThreadLocals() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(MP);
    }

    @Test
    void theEntryObjectOffersOnlyBuilderAccessorsAndClose() {
        methods().that().areDeclaredIn(WxMp.class).and().arePublic()
                .should().haveRawParameterTypes(new Class<?>[0])
                .because("WxMp has only the builder, accessors and close() (STYLE §8.3)")
                .check(MP);
    }
}
