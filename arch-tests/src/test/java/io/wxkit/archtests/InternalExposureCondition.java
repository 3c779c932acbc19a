package io.wxkit.archtests;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A public type outside {@code ..internal..} exposes an internal type when one appears (also as a type
 * argument) in its supertypes or in the signature of one of its public or protected members: field type,
 * return type, parameter types, declared exceptions.
 */
final class InternalExposureCondition {

    private InternalExposureCondition() {
    }

    static ArchCondition<JavaClass> notExposeInternalTypes() {
        return new ArchCondition<>("not expose an ..internal.. type in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> where = new ArrayList<>();
                if (type.getSuperclass().isPresent()) {
                    collect(type.getSuperclass().get(), "extends", where);
                }
                type.getInterfaces().forEach(i -> collect(i, "implements", where));
                for (JavaField field : type.getFields()) {
                    if (visible(field)) {
                        collect(field.getType(), "field " + field.getName(), where);
                    }
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (visible(unit)) {
                        String name = unit.getName() + "(..)";
                        collect(unit.getReturnType(), name + " returns", where);
                        unit.getParameterTypes().forEach(p -> collect(p, name + " takes", where));
                        unit.getThrowsClause().getTypes().forEach(t -> collect(t, name + " throws", where));
                    }
                }
                where.forEach(w -> events.add(SimpleConditionEvent.violated(type, type.getName() + " " + w)));
            }
        };
    }

    private static boolean visible(JavaMember member) {
        return !member.getModifiers().contains(JavaModifier.SYNTHETIC)
                && (member.getModifiers().contains(JavaModifier.PUBLIC)
                        || member.getModifiers().contains(JavaModifier.PROTECTED));
    }

    private static void collect(JavaType type, String where, List<String> out) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            JavaClass base = involved.isArray() ? involved.getBaseComponentType() : involved;
            if (base.getPackageName().contains(".internal") && base.getPackageName().startsWith("io.wxkit.")
                    && isInternalPackage(base.getPackageName())) {
                out.add(where + " " + base.getName());
            }
        }
    }

    private static boolean isInternalPackage(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }
}
