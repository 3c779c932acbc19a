package io.wxkit.sso.interfaces;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The business-interface package sits on top of the SSO features (clients, bindings, audit, signatures) and
 * sdk-mp's callback rules; nothing in sdk-sso depends on it, and its helpers stay package-private.
 */
class InterfacesArchitectureTest {
    private static final JavaClasses SSO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.wxkit.sso");

    @Test
    void nothingElseInSsoDependsOnTheInterfaces() {
        noClasses().that().resideOutsideOfPackage("io.wxkit.sso.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("io.wxkit.sso.interfaces..").check(SSO);
    }

    @Test
    void theInterfacesUseOnlyCoreMpCallbacksAndTheSsoFeatures() {
        classes().that().resideInAPackage("io.wxkit.sso.interfaces..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.wxkit.sso.interfaces..", "io.wxkit.sso.audit..", "io.wxkit.sso.binding..",
                        "io.wxkit.sso.client..", "io.wxkit.sso.signature..", "io.wxkit.sso.internal..",
                        "io.wxkit.core.message..", "io.wxkit.mp.callback..", "java..", "javax.sql..", "okhttp3..",
                        "okio..", "com.fasterxml.jackson..", "org.jdbi..", "org.slf4j..")
                .check(SSO);
    }

    @Test
    void onlyTheDocumentedTypesArePublic() {
        classes().that().resideInAPackage("io.wxkit.sso.interfaces").and().areTopLevelClasses().and().arePublic()
                .should().haveNameMatching("io\\.wxkit\\.sso\\.interfaces\\.(BusinessInterfaces|BusinessInterface"
                        + "|BusinessSystemVerifier|InterfaceRegistry|InterfaceSpec|InterfaceVersion|InterfaceError"
                        + "|InterfaceException|Trigger|ReplyTemplate|Fallbacks)")
                .because("templates, paths, the HTTP call and the router are internals").check(SSO);
    }
}
