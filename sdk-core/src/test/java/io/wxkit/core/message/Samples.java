package io.wxkit.core.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The WeChat XML samples in {@code shared/reference/xml/}, read through {@code -Dwxkit.shared.dir}. */
final class Samples {
    private Samples() {
    }

    static Path dir() {
        String dir = System.getProperty("wxkit.shared.dir");
        if (dir == null) {
            throw new IllegalStateException("run through Maven: -Dwxkit.shared.dir is not set");
        }
        return Path.of(dir, "reference", "xml");
    }

    static String read(String name) {
        try {
            return Files.readString(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
