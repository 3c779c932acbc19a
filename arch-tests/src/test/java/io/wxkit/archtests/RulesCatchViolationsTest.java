package io.wxkit.archtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.wxkit.archtests.fixture.api.ExposesInternal;
import io.wxkit.archtests.fixture.api.KeepsInternalPrivate;
import io.wxkit.archtests.fixture.cycle.a.A;
import io.wxkit.archtests.fixture.cycle.b.B;
import io.wxkit.archtests.fixture.internal.Hidden;
import io.wxkit.archtests.fixture.statics.ImmutableConstants;
import io.wxkit.archtests.fixture.statics.NonFinalStatic;
import io.wxkit.archtests.fixture.statics.StaticArray;
import io.wxkit.archtests.fixture.statics.StaticCounter;
import io.wxkit.archtests.fixture.statics.StaticRegistry;
import io.wxkit.core.archfixture.CoreWithSpring;
import io.wxkit.emulator.archfixture.EmulatorUsingPayClient;
import io.wxkit.examples.archfixture.ExamplesUsingInternal;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.archfixture.AccountInThreadLocal;
import io.wxkit.pay.WxPay;
import io.wxkit.redis.archfixture.RedisReachingIntoMp;
import io.wxkit.spring.archfixture.StarterUsingInternal;
import io.wxkit.spring.archfixture.StarterUsingUserApi;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link WxkitRules} is shown to fail on a fixture under this test tree that breaks it (and,
 * where a rule could over-report, to stay silent on one that does not): none of them can pass by never
 * matching anything.
 */
class RulesCatchViolationsTest {

    private static final DescribedPredicate<JavaClass> EVERY_TYPE = DescribedPredicate.alwaysTrue();

    @Test
    void dependencyDirectionCatchesRedisUsingMp() {
        EvaluationResult result = evaluate(WxkitRules.dependencyDirection(), RedisReachingIntoMp.class, WxMp.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("RedisReachingIntoMp", "io.wxkit.mp.WxMp");
    }

    @Test
    void dependencyDirectionCatchesTheEmulatorUsingPay() {
        assertThat(evaluate(WxkitRules.dependencyDirection(), EmulatorUsingPayClient.class, WxPay.class).hasViolation()).isTrue();
        assertThat(evaluate(WxkitRules.emulatorIndependentOfClients(), EmulatorUsingPayClient.class).hasViolation())
                .isTrue();
    }

    @Test
    void cyclesAreCaught() {
        assertThat(evaluate(WxkitRules.noPackageCycles(), A.class, B.class).hasViolation()).isTrue();
    }

    @Test
    void springOutsideTheStarterIsCaught() {
        assertThat(evaluate(WxkitRules.springOnlyInStarterAndExamples(), CoreWithSpring.class).hasViolation()).isTrue();
    }

    @Test
    void threadLocalOutsideCryptoIsCaught() {
        assertThat(evaluate(WxkitRules.threadLocalOnlyInCrypto(), AccountInThreadLocal.class).hasViolation()).isTrue();
    }

    @Test
    void everyKindOfStaticMutableStateIsCaught() {
        for (Class<?> fixture : new Class<?>[] {NonFinalStatic.class, StaticCounter.class, StaticRegistry.class,
                StaticArray.class}) {
            assertThat(evaluate(WxkitRules.noStaticMutableState(), fixture).hasViolation()).as(fixture.getSimpleName())
                    .isTrue();
        }
    }

    @Test
    void constantsAreNotStaticMutableState() {
        EvaluationResult result = evaluate(WxkitRules.noStaticMutableState(), ImmutableConstants.class);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void anInternalTypeInAPublicSignatureIsCaught() {
        EvaluationResult result = evaluate(WxkitRules.userApiHidesInternals(EVERY_TYPE), ExposesInternal.class, Hidden.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("all(..) returns " + Hidden.class.getName());
    }

    @Test
    void anInternalTypeUsedPrivatelyIsFine() {
        EvaluationResult result = evaluate(WxkitRules.userApiHidesInternals(EVERY_TYPE), KeepsInternalPrivate.class, Hidden.class);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void theExamplesAppOrTheStarterUsingAnInternalTypeIsCaught() {
        EvaluationResult examples = evaluate(WxkitRules.applicationsUseNoInternalType(), ExamplesUsingInternal.class);
        assertThat(examples.hasViolation()).isTrue();
        assertThat(examples.getFailureReport().toString()).contains("ExamplesUsingInternal", Hidden.class.getName());
        EvaluationResult starter = evaluate(WxkitRules.applicationsUseNoInternalType(), StarterUsingInternal.class);
        assertThat(starter.hasViolation()).isTrue();
        assertThat(starter.getFailureReport().toString()).contains("StarterUsingInternal", Hidden.class.getName());
    }

    @Test
    void theStarterUsingAUserTypeIsFine() {
        EvaluationResult result = evaluate(WxkitRules.applicationsUseNoInternalType(), StarterUsingUserApi.class);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    // a layer rule looks at the dependencies *to* a layer's classes, so the target of the fixture's
    // forbidden dependency is imported beside it
    private static EvaluationResult evaluate(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        return rule.evaluate(classes);
    }
}
