package io.wxkit.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads ../shared/vectors (path from the wxkit.shared.dir system property). */
public final class Vectors {
    private Vectors() {
    }

    public static Path shared() {
        String dir = System.getProperty("wxkit.shared.dir");
        if (dir == null) {
            throw new IllegalStateException("system property wxkit.shared.dir is not set (run through Maven)");
        }
        return Path.of(dir);
    }

    public static JsonNode byId(String id) {
        try {
            for (JsonNode v : new ObjectMapper().readTree(shared().resolve("vectors/vectors.json").toFile())) {
                if (v.get("id").asText().equals(id)) {
                    return v;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no vector " + id);
    }

    public static String file(String relative) {
        try {
            return Files.readString(shared().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
