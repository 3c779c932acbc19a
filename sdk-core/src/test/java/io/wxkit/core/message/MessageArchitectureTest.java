package io.wxkit.core.message;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §3 performance budget: the callback hot path uses no DOM, no StAX, no reflection binding. */
class MessageArchitectureTest {
    private static final JavaClasses MESSAGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.core.message", "io.wxkit.core.crypto");

    @Test
    void messageCodecUsesNoXmlLibraryNorReflection() {
        noClasses().that().resideInAPackage("io.wxkit.core.message")
                .should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.w3c..", "org.xml..",
                        "com.fasterxml..", "com.ctc..", "java.lang.reflect..")
                .check(MESSAGE);
    }

    @Test
    void messageModelDoesNotDependOnCrypto() {
        noClasses().that().resideInAPackage("io.wxkit.core.message")
                .should().dependOnClassesThat().resideInAPackage("io.wxkit.core.crypto..")
                .because("crypto depends on message (WxCallbackException, envelopes); the reverse would be a cycle")
                .check(MESSAGE);
    }
}
