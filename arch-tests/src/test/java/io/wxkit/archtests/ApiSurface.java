package io.wxkit.archtests;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies every public type of every released module, from the compiled classes and the guides:
 * <ol>
 *   <li><b>user API</b>: a type a guide names (in a code block or a {@code `code`} span of
 *       {@code docs/guide/*.md}), every public type of the Spring starter (users name its auto-configurations
 *       and properties), and everything reachable from those through public signatures (supertypes, fields,
 *       parameters, returns, exceptions, type arguments) and public subtypes (the message model under
 *       {@code InboundMessage}, the stores under their SPI);</li>
 *   <li><b>sibling-module support</b>: not user API, but another wxkit module depends on it: it is public only
 *       for that module and moves to {@code io.wxkit.<module>.internal.*};</li>
 *   <li><b>module support</b>: not user API and only its own module uses it (public for another package of
 *       the same module): it moves to {@code internal} too, or becomes package-private;</li>
 *   <li><b>internal</b>: already in an {@code internal} package.</li>
 * </ol>
 */
final class ApiSurface {

    enum Kind {
        USER_API("user API"), SIBLING_SUPPORT("sibling-module support"), MODULE_SUPPORT("module support"),
        INTERNAL("internal");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Entry(String type, String module, Kind kind, Set<String> usedBy, String target) {
    }

    /** Longest first: a type belongs to the first module whose root package holds it. */
    private static final List<String> MODULE_ROOTS = List.of("io.wxkit.modules.common", "io.wxkit.modules.vote",
            "io.wxkit.modules.lottery", "io.wxkit.modules.forms", "io.wxkit.modules.member",
            "io.wxkit.modules.forum", "io.wxkit.modules.shop", "io.wxkit.spring", "io.wxkit.core", "io.wxkit.mp",
            "io.wxkit.pay", "io.wxkit.redis", "io.wxkit.sso", "io.wxkit.emulator");

    private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\\b");

    private final Map<String, Entry> entries;

    private ApiSurface(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static ApiSurface of(JavaClasses classes, Set<String> namesInGuides) {
        Map<String, JavaClass> published = new LinkedHashMap<>();
        for (JavaClass c : classes) {
            if (isPublicType(c) && module(c.getName()) != null) {
                published.put(c.getName(), c);
            }
        }
        Set<String> user = reachable(published, namesInGuides);
        Map<String, Entry> entries = new LinkedHashMap<>();
        published.values().stream().sorted(Comparator.comparing(JavaClass::getName)).forEach(c -> {
            String module = module(c.getName());
            Set<String> usedBy = usedByOtherModules(c, module);
            Kind kind = isInternal(c.getPackageName()) ? Kind.INTERNAL
                    : user.contains(c.getName()) ? Kind.USER_API
                    : usedBy.isEmpty() ? Kind.MODULE_SUPPORT : Kind.SIBLING_SUPPORT;
            String target = kind == Kind.USER_API || kind == Kind.INTERNAL ? "" : internalPackage(c, module);
            entries.put(c.getName(), new Entry(c.getName(), module, kind, usedBy, target));
        });
        return new ApiSurface(entries);
    }

    /** Capitalised identifiers of the guides' code blocks and code spans. */
    static Set<String> namesIn(String markdown) {
        Set<String> names = new TreeSet<>();
        Matcher blocks = Pattern.compile("```[a-z]*\\n(.*?)```|`([^`\\n]+)`", Pattern.DOTALL).matcher(markdown);
        while (blocks.find()) {
            String code = blocks.group(1) != null ? blocks.group(1) : blocks.group(2);
            Matcher m = NAME.matcher(code);
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }

    boolean isUserApi(JavaClass type) {
        Entry e = entries.get(type.getName());
        return e != null && e.kind() == Kind.USER_API;
    }

    Map<String, Entry> entries() {
        return entries;
    }

    private static Set<String> reachable(Map<String, JavaClass> published, Set<String> namesInGuides) {
        Set<String> seen = new TreeSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (JavaClass c : published.values()) {
            boolean documented = namesInGuides.contains(c.getSimpleName()) && !c.isNestedClass();
            if ((documented || c.getPackageName().startsWith("io.wxkit.spring")) && !isInternal(c.getPackageName())) {
                todo.add(c);
            }
        }
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            if (!seen.add(c.getName())) {
                continue;
            }
            for (JavaClass next : signatureTypes(c)) {
                JavaClass base = next.isArray() ? next.getBaseComponentType() : next;
                if (published.containsKey(base.getName()) && !isInternal(base.getPackageName())) {
                    todo.add(published.get(base.getName()));
                }
            }
            for (JavaClass sub : c.getSubclasses()) {
                if (published.containsKey(sub.getName()) && !isInternal(sub.getPackageName())) {
                    todo.add(sub);
                }
            }
        }
        return seen;
    }

    private static Set<JavaClass> signatureTypes(JavaClass c) {
        Set<JavaClass> out = new java.util.HashSet<>();
        c.getSuperclass().ifPresent(s -> out.addAll(s.getAllInvolvedRawTypes()));
        c.getInterfaces().forEach(i -> out.addAll(i.getAllInvolvedRawTypes()));
        for (JavaField f : c.getFields()) {
            if (visible(f)) {
                out.addAll(f.getType().getAllInvolvedRawTypes());
            }
        }
        for (JavaCodeUnit u : c.getCodeUnits()) {
            if (visible(u)) {
                out.addAll(u.getReturnType().getAllInvolvedRawTypes());
                for (JavaType p : u.getParameterTypes()) {
                    out.addAll(p.getAllInvolvedRawTypes());
                }
                u.getThrowsClause().getTypes().forEach(out::add);
            }
        }
        return out;
    }

    private static Set<String> usedByOtherModules(JavaClass c, String module) {
        Set<String> users = new TreeSet<>();
        for (Dependency d : c.getDirectDependenciesToSelf()) {
            String from = module(d.getOriginClass().getName());
            if (from == null && d.getOriginClass().getName().startsWith("io.wxkit.examples")) {
                from = "examples";
            }
            if (from != null && !from.equals(module)) {
                users.add(from);
            }
        }
        return users;
    }

    static String module(String className) {
        for (String root : MODULE_ROOTS) {
            if (className.startsWith(root + ".")) {
                return root;
            }
        }
        return null;
    }

    private static String internalPackage(JavaClass c, String module) {
        String rest = c.getPackageName().substring(module.length());
        return module + ".internal" + rest;
    }

    private static boolean isPublicType(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isAnonymousClass() && !c.isLocalClass()
                && c.getEnclosingClass().map(ApiSurface::isPublicType).orElse(true);
    }

    private static boolean visible(JavaMember m) {
        Set<JavaModifier> mods = m.getModifiers();
        return !mods.contains(JavaModifier.SYNTHETIC)
                && (mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED));
    }

    static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }
}
