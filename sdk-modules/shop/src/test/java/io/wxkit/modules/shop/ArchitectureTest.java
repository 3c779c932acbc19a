package io.wxkit.modules.shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §1 and §9.6 on this module: no Spring, no other domain module, no upward dependency, no cycles, no static state. */
class ArchitectureTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.modules.shop");

    @Test
    void noSpringNoUpperLayersNoOtherDomainModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "io.wxkit.spring..", "io.wxkit.examples..", "io.wxkit.emulator..",
                        "io.wxkit.sso..")
                .check(MODULE);
        noClasses().should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("io.wxkit.modules..")
                        .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages(
                                "io.wxkit.modules.shop..", "io.wxkit.modules.common..")))
                .check(MODULE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.wxkit.modules.shop.(**)").should().beFreeOfCycles()
                .allowEmptyShould(true) // single-package modules today; binds as soon as they grow subpackages
                .check(MODULE);
    }

    @Test
    void noStaticMutableStateNoThreadLocals() {
        fields().that().areStatic().should().beFinal().check(MODULE);
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(MODULE);
    }

    @Test
    void theShopCoreKnowsWeChatPayOnlyThroughShopPay() {
        noClasses().that().resideInAPackage("io.wxkit.modules.shop")
                .should().dependOnClassesThat().resideInAnyPackage("io.wxkit.modules.shop.wechat..", "io.wxkit.pay.internal..")
                .check(MODULE);
        noClasses().that().resideInAPackage("io.wxkit.modules.shop")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.wxkit.pay.WxPay")
                .check(MODULE);
    }
}
