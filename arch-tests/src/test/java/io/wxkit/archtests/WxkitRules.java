package io.wxkit.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The architecture of DESIGN §1 and §2 as ArchUnit rules over all modules at once. Each rule is a method so
 * that {@link ArchitectureTest} checks it against the real classes and {@link RulesCatchViolationsTest}
 * proves on a fixture that it can fail.
 */
final class WxkitRules {

    private WxkitRules() {
    }

    /**
     * {@code core <- mp, pay <- sso, modules <- spring <- examples}; redis and the emulator on core only, so the
     * emulator never reuses the mp/pay client code it is meant to check.
     */
    static ArchRule dependencyDirection() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                // the examples app is being rewritten: its layer may be empty while that lands
                .withOptionalLayers(true)
                .layer("core").definedBy("io.wxkit.core..")
                .layer("mp").definedBy("io.wxkit.mp..")
                .layer("pay").definedBy("io.wxkit.pay..")
                .layer("redis").definedBy("io.wxkit.redis..")
                .layer("emulator").definedBy("io.wxkit.emulator..")
                .layer("sso").definedBy("io.wxkit.sso..")
                .layer("modules").definedBy("io.wxkit.modules..")
                .layer("spring").definedBy("io.wxkit.spring..")
                .layer("examples").definedBy("io.wxkit.examples..")
                .whereLayer("examples").mayNotBeAccessedByAnyLayer()
                .whereLayer("spring").mayOnlyBeAccessedByLayers("examples")
                .whereLayer("modules").mayOnlyBeAccessedByLayers("spring", "examples")
                .whereLayer("sso").mayOnlyBeAccessedByLayers("modules", "spring", "examples")
                .whereLayer("mp").mayOnlyBeAccessedByLayers("sso", "modules", "spring", "examples")
                .whereLayer("pay").mayOnlyBeAccessedByLayers("sso", "modules", "spring", "examples")
                .whereLayer("redis").mayOnlyBeAccessedByLayers("spring", "examples")
                .whereLayer("emulator").mayOnlyBeAccessedByLayers("examples")
                .because("DESIGN §1: dependencies point down only");
    }

    /** Said twice on purpose: the emulator implements WeChat's side independently of wxkit's clients. */
    static ArchRule emulatorIndependentOfClients() {
        return noClasses().that().resideInAPackage("io.wxkit.emulator..")
                .should().dependOnClassesThat().resideInAnyPackage("io.wxkit.mp..", "io.wxkit.pay..")
                .because("DESIGN §1: the emulator must not reuse the client code it is meant to check");
    }

    /**
     * The product's error type sits in the product's root package beside the entry object
     * ({@code io.wxkit.pay.WxPayException} next to {@code WxPay}, as DESIGN §2 names them;
     * {@code ModuleException}/{@code CommonError} at the root of modules-common) and every feature package
     * throws it, while the root hands out the features: that back edge is the contract's shape, not a
     * tangle, so dependencies on exactly these types are left out. Any other cycle fails.
     */
    static final Set<String> ROOT_ERROR_TYPES = Set.of(
            "io.wxkit.pay.WxPayException",
            "io.wxkit.modules.common.ModuleException",
            "io.wxkit.modules.common.CommonError");

    static ArchRule noPackageCycles() {
        // a package and its half under internal (core.token and core.internal.token, ...) form one slice: the
        // internal half is what moved out of it for the other modules (issue 24), not a layer of its own
        return slices().assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
                    @Override
                    public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(JavaClass type) {
                        String pkg = type.getPackageName();
                        return pkg.startsWith("io.wxkit.")
                                ? com.tngtech.archunit.library.dependencies.SliceIdentifier.of(pkg.replace(".internal.", "."))
                                : com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "wxkit's packages, each with its internal half";
                    }
                }).should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), DescribedPredicate.describe(
                        "a product's root error type", (JavaClass c) -> ROOT_ERROR_TYPES.contains(c.getName())))
                .because("DESIGN §1: no cycles between packages");
    }

    static ArchRule springOnlyInStarterAndExamples() {
        return noClasses().that().resideOutsideOfPackages("io.wxkit.spring..", "io.wxkit.examples..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .because("DESIGN §1: no module depends on Spring except the starter and examples");
    }

    static ArchRule threadLocalOnlyInCrypto() {
        // core.crypto's pay, PEM and SM halves moved to core.internal.crypto (issue 24); the caches went with them
        return noClasses().that().resideOutsideOfPackages("io.wxkit.core.crypto..", "io.wxkit.core.internal.crypto..")
                .should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                .because("DESIGN §2: no ThreadLocal carrying request or account context;"
                        + " the one exception is the per-thread Cipher/MessageDigest/SecureRandom caches of core.crypto"
                        + " (and core.internal.crypto)");
    }

    static ArchRule noStaticMutableState() {
        return fields().that().areStatic().should(StaticStateCondition.notBeMutable(StaticStateAllowList.FIELDS))
                .because("DESIGN §2: no static mutable state, no singletons");
    }

    /**
     * @param userApi which public types are user API: {@link ApiSurface#isUserApi} for the real classes (a
     *     sibling-support type that still sits outside {@code internal} may take an internal type: it moves
     *     there later), every public type for the fixtures
     */
    static ArchRule userApiHidesInternals(DescribedPredicate<JavaClass> userApi) {
        return classes().that().arePublic().and().resideOutsideOfPackage("..internal..").and(userApi)
                .should(InternalExposureCondition.notExposeInternalTypes())
                .because("issue 24: io.wxkit.<module>.internal.* carries no compatibility promise,"
                        + " so the user API must never hand one out or take one in");
    }

    /**
     * The examples app and the Spring starter are written the way a user writes an application, so they use
     * the user API only: an {@code io.wxkit.*.internal.*} type there means a type users need is hidden (move
     * it back to the user API, as issue 24's follow-up did with {@code SsoException}, {@code InterfaceException}
     * and {@code LotteryCallbacks}) or the app leans on something with no compatibility promise. No exception
     * is listed: the starter wires public APIs only.
     */
    static ArchRule applicationsUseNoInternalType() {
        return noClasses().that().resideInAnyPackage("io.wxkit.examples..", "io.wxkit.spring..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are in an io.wxkit.*.internal.* package",
                        (JavaClass c) -> c.getPackageName().startsWith("io.wxkit.")
                                && ApiSurface.isInternal(c.getPackageName())))
                .because("issue 24: the examples app and the starter are users of wxkit; internal packages carry"
                        + " no compatibility promise");
    }
}
