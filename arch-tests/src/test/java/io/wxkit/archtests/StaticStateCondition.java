package io.wxkit.archtests;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What "static mutable state" means here, precisely enough that the rule needs almost no exceptions:
 * <ul>
 *   <li>a static field that is not final (compiler-made synthetic fields such as an enum's {@code $VALUES}
 *       are not the code's choice and are skipped);</li>
 *   <li>a static final field whose type is mutable by nature: atomics, adders, {@link java.util.Random}
 *       (a shared seed is shared state, and DESIGN makes the random a builder option), caches, string
 *       builders;</li>
 *   <li>a static final collection or map that some method other than the class's static initializer reads
 *       and, on that same source line, calls a mutator of a collection or map on ({@code CACHE.put(k, v)}):
 *       ArchUnit sees calls but not their receivers, and the same-line test keeps a method that reads an
 *       immutable constant and fills a local list elsewhere from being reported;</li>
 *   <li>a static final array: bytecode that stores into an array is invisible to ArchUnit, so every one is
 *       reported unless the allow-list says why it is never written after class initialisation.</li>
 * </ul>
 * {@link ThreadLocal} fields are left to the ThreadLocal rule, which confines them to {@code io.wxkit.core.crypto}.
 */
final class StaticStateCondition {

    private static final Set<String> MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "put", "putAll",
            "putIfAbsent", "remove", "removeAll", "removeIf", "retainAll", "clear", "set", "compute",
            "computeIfAbsent", "computeIfPresent", "merge", "replace", "replaceAll", "offer", "offerFirst",
            "offerLast", "push", "poll", "pollFirst", "pollLast", "pop", "sort");

    private static final Set<String> MUTABLE_BY_NATURE = Set.of("java.util.concurrent.atomic.",
            "com.github.benmanes.caffeine.cache.");

    private StaticStateCondition() {
    }

    static ArchCondition<JavaField> notBeMutable(Set<String> allowList) {
        return new ArchCondition<>("not be static mutable state") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (field.getModifiers().contains(JavaModifier.SYNTHETIC) || allowList.contains(key(field))) {
                    return;
                }
                problem(field).ifPresent(why -> events.add(SimpleConditionEvent.violated(field,
                        key(field) + " " + why + " in " + field.getSourceCodeLocation())));
            }
        };
    }

    /** {@code fully.qualified.Owner.FIELD}, the form the allow-list uses. */
    static String key(JavaField field) {
        return field.getOwner().getName() + "." + field.getName();
    }

    private static Optional<String> problem(JavaField field) {
        JavaClass type = field.getRawType();
        if (type.isAssignableTo(ThreadLocal.class)) {
            return Optional.empty();
        }
        if (!field.getModifiers().contains(JavaModifier.FINAL)) {
            return Optional.of("is static and not final");
        }
        if (type.isArray()) {
            return Optional.of("is a static array (its elements can be written)");
        }
        if (isMutableByNature(type)) {
            return Optional.of("is static " + type.getSimpleName() + ", mutable by nature");
        }
        if (type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class)) {
            return mutatingMethod(field).map(m -> "is a static collection mutated in " + m.getFullName());
        }
        return Optional.empty();
    }

    private static boolean isMutableByNature(JavaClass type) {
        String name = type.getName();
        return type.isAssignableTo(java.util.Random.class)
                || type.isAssignableTo(StringBuilder.class) || type.isAssignableTo(StringBuffer.class)
                || type.isAssignableTo(java.util.concurrent.atomic.LongAdder.class)
                || MUTABLE_BY_NATURE.stream().anyMatch(name::startsWith);
    }

    private static Optional<JavaCodeUnit> mutatingMethod(JavaField field) {
        return field.getAccessesToSelf().stream()
                .filter(a -> a.getAccessType() == JavaFieldAccess.AccessType.GET)
                .filter(read -> !(read.getOrigin() instanceof JavaStaticInitializer))
                .filter(StaticStateCondition::isFollowedByAMutatorOnItsLine)
                .map(JavaFieldAccess::getOrigin)
                .findFirst();
    }

    private static boolean isFollowedByAMutatorOnItsLine(JavaFieldAccess read) {
        for (JavaMethodCall call : read.getOrigin().getMethodCallsFromSelf()) {
            AccessTarget.MethodCallTarget target = call.getTarget();
            JavaClass owner = target.getOwner();
            boolean collection = owner.isAssignableTo(Collection.class) || owner.isAssignableTo(Map.class);
            if (collection && MUTATORS.contains(target.getName()) && call.getLineNumber() == read.getLineNumber()) {
                return true;
            }
        }
        return false;
    }
}
