package io.wxkit.archtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The repository's poms, read as plain XML (no Maven model: the tests check what the files say). */
final class Poms {

    /** One module's pom: its directory, artifactId, packaging and the properties it sets itself. */
    record Pom(Path dir, String artifactId, String packaging, Element project) {

        Optional<String> property(String name) {
            for (Element props : children(project, "properties")) {
                for (Element p : children(props, name)) {
                    return Optional.of(p.getTextContent().trim());
                }
            }
            return Optional.empty();
        }

        /** Released = a jar that is deployed (test-only and demo modules set {@code maven.deploy.skip}). */
        boolean released() {
            return packaging.equals("jar") && !property("maven.deploy.skip").orElse("false").equals("true");
        }
    }

    private Poms() {
    }

    static Path root() {
        return Path.of(System.getProperty("wxkit.root.dir", "..")).toAbsolutePath().normalize();
    }

    static List<Pom> all() {
        List<Pom> poms = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root())) {
            files.filter(f -> f.getFileName().toString().equals("pom.xml"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/src/"))
                    .sorted()
                    .forEach(f -> poms.add(read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return poms;
    }

    static Pom read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            Element project = doc.getDocumentElement();
            String artifactId = children(project, "artifactId").get(0).getTextContent().trim();
            String packaging = children(project, "packaging").stream().map(e -> e.getTextContent().trim())
                    .findFirst().orElse("jar");
            return new Pom(file.getParent(), artifactId, packaging, project);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().trim()).findFirst().orElse("");
    }
}
