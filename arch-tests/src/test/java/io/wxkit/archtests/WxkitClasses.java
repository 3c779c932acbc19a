package io.wxkit.archtests;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The production classes of every wxkit module, imported once per JVM: each wxkit module's jar (or classes
 * folder) on this module's test classpath, plus the examples app from its {@code target/classes} (it is
 * built before this module but kept off the classpath, see the pom).
 */
final class WxkitClasses {

    private static final class Holder {
        // imported once: ~2 000 classes take seconds, and every rule reads the same set
        static final JavaClasses ALL = new ClassFileImporter().importLocations(asLocations(locations()));
    }

    private WxkitClasses() {
    }

    static JavaClasses all() {
        return Holder.ALL;
    }

    /** ArchUnit reads a folder from its path but a jar only as a {@code jar:} location. */
    private static List<Location> asLocations(List<Path> paths) {
        List<Location> locations = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                locations.add(Location.of(p));
            } else {
                try (JarFile jar = new JarFile(p.toFile())) {
                    locations.add(Location.of(jar));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + p, e);
                }
            }
        }
        return locations;
    }

    static List<Path> locations() {
        List<Path> paths = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (isWxkitProduction(p)) {
                paths.add(p);
            }
        }
        Path examples = Path.of(System.getProperty("wxkit.examples.classes", "../examples/target/classes"));
        if (Files.isDirectory(examples.resolve("io/wxkit/examples"))) {
            paths.add(examples);
        } else {
            throw new IllegalStateException("the examples app's classes are missing at " + examples
                    + ": build it first (./mvnw -B verify, or -pl arch-tests -am)");
        }
        return paths;
    }

    /** A wxkit module's jar or classes folder: not this module's own tests, not a test-jar, not a library. */
    private static boolean isWxkitProduction(Path p) {
        String s = p.toString().replace('\\', '/');
        if (s.endsWith("/target/classes")) {
            return !s.contains("/arch-tests/");
        }
        String name = p.getFileName().toString();
        return name.startsWith("wxkit-") && name.endsWith(".jar") && !name.endsWith("-tests.jar");
    }
}
