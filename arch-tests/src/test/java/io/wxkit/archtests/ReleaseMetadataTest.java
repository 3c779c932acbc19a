package io.wxkit.archtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.archtests.Poms.Pom;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Issue 24's publication checks: the BOM, names, descriptions, JPMS names, license. */
class ReleaseMetadataTest {

    private final List<Pom> poms = Poms.all();

    @Test
    void theBomListsEveryReleasedArtifactAndNothingElse() {
        Pom bom = poms.stream().filter(p -> p.artifactId().equals("wxkit-bom")).findFirst().orElseThrow();
        Element management = Poms.children(bom.project(), "dependencyManagement").get(0);
        Set<String> listed = Poms.children(Poms.children(management, "dependencies").get(0), "dependency").stream()
                .map(d -> Poms.text(d, "artifactId")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> released = poms.stream().filter(Pom::released).map(Pom::artifactId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(released);
    }

    @Test
    void everyModuleHasANameAndADescription() {
        for (Pom pom : poms) {
            assertThat(Poms.text(pom.project(), "name")).as(pom.artifactId() + " <name>").isNotBlank();
            assertThat(Poms.text(pom.project(), "description")).as(pom.artifactId() + " <description>").isNotBlank();
        }
    }

    @Test
    void everyReleasedModuleSetsItsOwnAutomaticModuleName() {
        Map<String, String> names = new HashMap<>();
        for (Pom pom : poms.stream().filter(Pom::released).toList()) {
            String name = pom.property("wxkit.module.name").orElse("");
            assertThat(name).as(pom.artifactId()).matches("io\\.wxkit(\\.[a-z][a-z0-9]*)+")
                    .isNotEqualTo("io.wxkit.unpublished");
            assertThat(names.put(name, pom.artifactId())).as("two artifacts named " + name).isNull();
        }
        assertThat(names).containsKeys("io.wxkit.core", "io.wxkit.mp", "io.wxkit.pay", "io.wxkit.redis",
                "io.wxkit.sso", "io.wxkit.emulator", "io.wxkit.modules.vote", "io.wxkit.spring.autoconfigure");
    }

    @Test
    void theJarsOnThisClasspathCarryTheirAutomaticModuleName() throws IOException {
        Map<String, String> expected = new HashMap<>();
        poms.stream().filter(Pom::released)
                .forEach(p -> expected.put(p.artifactId(), p.property("wxkit.module.name").orElseThrow()));
        int checked = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String file = p.getFileName().toString();
            if (!file.startsWith("wxkit-") || !file.endsWith("-SNAPSHOT.jar") || !Files.isRegularFile(p)) {
                continue;
            }
            String artifactId = file.substring(0, file.indexOf("-0."));
            try (JarFile jar = new JarFile(p.toFile())) {
                assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as(file)
                        .isEqualTo(expected.get(artifactId));
            }
            checked++;
        }
        // under `verify` the reactor hands jars; under a bare `test` it hands classes folders, nothing to check
        assertThat(checked == 0 || checked >= 14).as(checked + " jars checked").isTrue();
    }

    @Test
    void theRootPomCarriesTheLicenseAndTheScmThatEveryModuleInherits() throws IOException {
        Element root = Poms.read(Poms.root().resolve("pom.xml")).project();
        assertThat(Poms.text(Poms.children(Poms.children(root, "licenses").get(0), "license").get(0), "name"))
                .isEqualTo("Apache-2.0");
        assertThat(Poms.text(root, "url")).isNotBlank();
        assertThat(Poms.children(root, "scm")).hasSize(1);
        assertThat(Poms.children(root, "developers")).hasSize(1);
        assertThat(Poms.children(root, "organization")).hasSize(1);
        assertThat(Files.readString(Poms.root().resolve("LICENSE"))).contains("Apache License", "Version 2.0");
    }
}
