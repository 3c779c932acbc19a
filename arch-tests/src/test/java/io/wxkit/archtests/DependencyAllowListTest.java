package io.wxkit.archtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The enforcer's allow-list (root pom, {@code bannedDependencies} includes) and docs/decisions.md's
 * "Dependency list" are one list: a dependency is allowed only with its reason written down.
 */
class DependencyAllowListTest {

    @Test
    void thePomAllowsExactlyTheDependenciesTheDecisionsList() throws IOException {
        assertThat(pomIncludes()).isEqualTo(documented());
    }

    @Test
    void everythingElseIsBanned() {
        Element banned = bannedDependencies();
        List<String> excludes = new ArrayList<>();
        Poms.children(Poms.children(banned, "excludes").get(0), "exclude").forEach(e -> excludes.add(e.getTextContent().trim()));
        assertThat(excludes).containsExactly("*");
    }

    static List<String> documented() throws IOException {
        String decisions = Files.readString(Poms.root().resolve("docs/decisions.md"));
        int start = decisions.indexOf("### Dependency list");
        assertThat(start).as("docs/decisions.md has a \"### Dependency list\" section").isPositive();
        String section = decisions.substring(start);
        int next = section.indexOf("\n#", 4);
        section = next > 0 ? section.substring(0, next) : section;
        List<String> patterns = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(section);
        while (m.find()) {
            patterns.add(m.group(1));
        }
        return patterns;
    }

    private static List<String> pomIncludes() {
        List<String> includes = new ArrayList<>();
        Poms.children(Poms.children(bannedDependencies(), "includes").get(0), "include")
                .forEach(e -> includes.add(e.getTextContent().trim()));
        return includes;
    }

    private static Element bannedDependencies() {
        Element root = Poms.read(Poms.root().resolve("pom.xml")).project();
        Element build = Poms.children(root, "build").get(0);
        Element plugins = Poms.children(build, "plugins").get(0);
        for (Element plugin : Poms.children(plugins, "plugin")) {
            if (Poms.text(plugin, "artifactId").equals("maven-enforcer-plugin")) {
                Element execution = Poms.children(Poms.children(plugin, "executions").get(0), "execution").get(0);
                Element rules = Poms.children(Poms.children(execution, "configuration").get(0), "rules").get(0);
                return Poms.children(rules, "bannedDependencies").get(0);
            }
        }
        throw new AssertionError("no maven-enforcer-plugin in the root pom's <build><plugins>");
    }
}
