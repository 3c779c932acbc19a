package io.wxkit.archtests.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/migrating-from-wxjava.md quotes {@link MigrationSnippets} verbatim (each {@code <!-- snippet: name -->}
 * block equals the source region of that name), and names only {@code wxkit.*} properties the starter
 * declares: the guide cannot drift from code that compiles.
 */
class MigrationGuideTest {

    private static final Path ROOT = Path.of(System.getProperty("wxkit.root.dir", "..")).toAbsolutePath().normalize();

    @Test
    void everySnippetOfTheGuideIsTheCompiledSource() throws IOException {
        Map<String, String> inSource = regions(Files.readString(
                ROOT.resolve("arch-tests/src/test/java/io/wxkit/archtests/migration/MigrationSnippets.java")));
        Map<String, String> inGuide = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(guide());
        while (m.find()) {
            inGuide.put(m.group(1), m.group(2));
        }
        assertThat(inGuide).as("the guide quotes snippets").hasSizeGreaterThanOrEqualTo(14);
        assertThat(inSource.keySet()).as("every snippet of the source is in the guide").isEqualTo(inGuide.keySet());
        inGuide.forEach((name, code) -> assertThat(code).as("snippet " + name).isEqualTo(inSource.get(name)));
    }

    @Test
    void everyWxkitPropertyOfTheGuideExistsInTheStarter() throws IOException {
        // every jar with configuration metadata (Spring Boot's own too): wxkit's keys are in the starter's
        StringBuilder metadata = new StringBuilder();
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                metadata.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Set<String> declared = new TreeSet<>();
        Matcher names = Pattern.compile("\"name\"\\s*:\\s*\"(wxkit[^\"]*)\"").matcher(metadata);
        while (names.find()) {
            declared.add(names.group(1));
        }
        List<String> missing = new ArrayList<>();
        Matcher used = Pattern.compile("`(wxkit\\.[a-z0-9.-]+?)(\\.<name>\\.\\*)?`").matcher(guide());
        int count = 0;
        while (used.find()) {
            count++;
            if (!declared.contains(used.group(1))) {
                missing.add(used.group(1));
            }
        }
        assertThat(declared).as("the starter's metadata was found").contains("wxkit.mp.app-id");
        assertThat(count).isGreaterThan(20);
        assertThat(missing).as("properties the guide names but the starter does not declare").isEmpty();
    }

    private static String guide() throws IOException {
        return Files.readString(ROOT.resolve("docs/migrating-from-wxjava.md"));
    }

    /** {@code tag::name[]} .. {@code end::name[]} regions, common indentation removed. */
    static Map<String, String> regions(String source) {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = Pattern.compile("// tag::([a-z0-9-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL)
                .matcher(source);
        while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
        }
        return regions;
    }

    private static String dedent(String block) {
        String[] lines = block.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder(block.length());
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i].length() >= indent ? lines[i].substring(indent) : lines[i].strip());
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
