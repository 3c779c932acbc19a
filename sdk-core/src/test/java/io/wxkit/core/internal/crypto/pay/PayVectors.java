package io.wxkit.core.internal.crypto.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads ../shared/vectors (path from the {@code wxkit.shared.dir} system property the build sets). */
public final class PayVectors {
    private PayVectors() {}

    public static Path dir() {
        String shared = System.getProperty("wxkit.shared.dir");
        if (shared == null) {
            throw new IllegalStateException("run with -Dwxkit.shared.dir=<abs path of shared>");
        }
        return Path.of(shared, "vectors");
    }

    public static List<JsonNode> ofKind(String kind) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode v : new ObjectMapper().readTree(dir().resolve("vectors.json").toFile())) {
                if (v.get("kind").asText().equals(kind)) {
                    out.add(v);
                }
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no vectors of kind " + kind);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String file(String relative) {
        try {
            return Files.readString(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Object fields as a map; JSON null stays null. */
    public static Map<String, String> strings(JsonNode obj) {
        Map<String, String> m = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return m;
    }
}
