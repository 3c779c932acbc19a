package io.wxkit.pay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §1 and §8 on sdk-pay's classes. */
class ArchitectureTest {
    private static final JavaClasses PAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.pay");

    @Test
    void payDependsOnCoreOnlyAndNoSpring() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.wxkit.mp..", "io.wxkit.sso..", "io.wxkit.redis..", "io.wxkit.modules..",
                        "io.wxkit.emulator..", "io.wxkit.spring..", "org.springframework..")
                .check(PAY);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.wxkit.pay.(*)..").should().beFreeOfCycles().check(PAY);
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherExceptNotificationsOnPayments() {
        noClasses().that().resideInAnyPackage("io.wxkit.pay.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wxkit.pay.payment..", "io.wxkit.pay.notification..",
                        "io.wxkit.pay.refund..", "io.wxkit.pay.bill..", "io.wxkit.pay.transfer..", "io.wxkit.pay.redpack..")
                .check(PAY);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal().allowEmptyShould(true).check(PAY);
    }

    @Test
    void noThreadLocals() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(PAY);
    }
}
