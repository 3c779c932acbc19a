package io.wxkit.mp.callback;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §1/§8 for the callback package: framework-free, no hidden state, no request thread-locals. */
class CallbackArchitectureTest {
    private static final JavaClasses CALLBACK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.mp.callback");

    @Test
    void callbackDependsOnlyOnCoreKfTheJdkSlf4jAndTheOptionalServletApi() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.wxkit.mp.callback..", "io.wxkit.mp.kf..", "io.wxkit.core..", "java..", "javax.crypto..",
                        "org.slf4j..", "jakarta.servlet..")
                .check(CALLBACK);
    }

    @Test
    void onlyTheServletAdapterTouchesTheServletApi() {
        noClasses().that().doNotHaveSimpleName("WxCallbackServlet")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..")
                .because("the servlet API is optional: the handler must load without it")
                .check(CALLBACK);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal().allowEmptyShould(true).check(CALLBACK);
    }

    @Test
    void noThreadLocals() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(CALLBACK);
    }
}
