package io.wxkit.mp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared ground-truth vectors ({@code shared/vectors/vectors.json}) for tests. */
public final class SharedVectors {
    private SharedVectors() {
    }

    /** Every vector whose {@code kind} equals {@code kind}; fails if there is none. */
    public static List<JsonNode> ofKind(String kind) {
        JsonNode all = read();
        List<JsonNode> out = new ArrayList<>();
        all.forEach(v -> {
            if (kind.equals(v.path("kind").asText())) {
                out.add(v);
            }
        });
        if (out.isEmpty()) {
            throw new IllegalStateException("no vector of kind " + kind);
        }
        return out;
    }

    private static JsonNode read() {
        String dir = System.getProperty("wxkit.shared.dir");
        if (dir == null) {
            throw new IllegalStateException("system property wxkit.shared.dir is not set");
        }
        try {
            return new ObjectMapper().readTree(Files.readString(Path.of(dir, "vectors", "vectors.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
