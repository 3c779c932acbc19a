package io.wxkit.core.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code shared/vectors/vectors.json} (the crypto ground truth) through {@code -Dwxkit.shared.dir}. */
final class Vectors {
    private Vectors() {
    }

    static Path sharedDir() {
        String dir = System.getProperty("wxkit.shared.dir");
        if (dir == null) {
            throw new IllegalStateException("run through Maven: -Dwxkit.shared.dir is not set");
        }
        return Path.of(dir);
    }

    static List<JsonNode> ofKind(String kind) {
        try {
            JsonNode all = new ObjectMapper().readTree(Files.readString(sharedDir().resolve("vectors/vectors.json")));
            List<JsonNode> out = new ArrayList<>();
            all.forEach(v -> {
                if (kind.equals(v.path("kind").asText())) {
                    out.add(v);
                }
            });
            if (out.isEmpty()) {
                throw new IllegalStateException("no vectors of kind " + kind);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random source that returns fixed bytes: reproduces the vectors' {@code random16}. */
    static final class FixedRandom extends java.security.SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        FixedRandom(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("expected a request for " + bytes.length + " bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
