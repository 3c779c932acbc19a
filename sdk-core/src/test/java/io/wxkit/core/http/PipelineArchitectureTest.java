package io.wxkit.core.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** STYLE §8.7: one pipeline. Only the send stage touches OkHttp calls; nothing else sends requests. */
class PipelineArchitectureTest {
    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.core");

    @Test
    void onlyTheSendStageCallsOkHttp() {
        noClasses().that().doNotHaveFullyQualifiedName(SendStage.class.getName())
                .should().callMethod(OkHttpClient.class, "newCall", okhttp3.Request.class)
                .check(CORE);
    }

    @Test
    void stagesArePackagePrivate() {
        noClasses().that().implement(Stage.class).should().bePublic().check(CORE);
    }
}
