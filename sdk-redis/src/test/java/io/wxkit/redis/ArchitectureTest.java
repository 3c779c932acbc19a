package io.wxkit.redis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.core.token.TokenStore;
import org.junit.jupiter.api.Test;

/** DESIGN §1 and §8 on sdk-redis: depends on core only, no static state, public only what users call. */
class ArchitectureTest {
    private static final JavaClasses REDIS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wxkit.redis");

    @Test
    void redisDependsOnCoreOnlyAndNoSpring() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.wxkit.mp..", "io.wxkit.pay..", "io.wxkit.sso..", "io.wxkit.modules..",
                        "io.wxkit.emulator..", "io.wxkit.spring..", "org.springframework..")
                .check(REDIS);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.wxkit.(redis)..").should().beFreeOfCycles().check(REDIS);
        noClasses().that().resideInAPackage("io.wxkit.redis.internal..")
                .should().dependOnClassesThat().resideInAPackage("io.wxkit.redis")
                .check(REDIS);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal()
                .because("static mutable state leaks between accounts and tests (DESIGN §2)")
                .check(REDIS);
    }

    @Test
    void noThreadLocals() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(REDIS);
    }

    @Test
    void publicClassesAreTheStoresAndTheirOptionsOnly() {
        classes().that().resideInAPackage("io.wxkit.redis").and().arePublic().and().areTopLevelClasses()
                .should().haveSimpleNameStartingWith("Redis")
                .check(REDIS);
        classes().that().implement(TokenStore.class).or().implement(DedupStore.class)
                .or().implement(TicketStore.class).or().implement(RateLimiter.class)
                .and().arePublic()
                .should().haveModifier(JavaModifier.FINAL)
                .check(REDIS);
    }
}
