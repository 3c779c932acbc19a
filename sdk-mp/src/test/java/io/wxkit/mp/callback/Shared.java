package io.wxkit.mp.callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the shared reference samples and crypto vectors (the build passes {@code wxkit.shared.dir}). */
final class Shared {
    private Shared() {
    }

    static Path dir() {
        String dir = System.getProperty("wxkit.shared.dir");
        if (dir == null) {
            throw new IllegalStateException("system property wxkit.shared.dir is not set (run through Maven)");
        }
        return Path.of(dir);
    }

    static String read(String relative) {
        try {
            return Files.readString(dir().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sample(String name) {
        return read("reference/xml/" + name);
    }

    /**
     * The string field {@code field} of the vector {@code id} in vectors.json. The file is flat enough
     * (string values, no escaped quotes in these fields) for a targeted regex; only JSON escapes used
     * by the file ({@code \n}, {@code \"}, unicode) are decoded.
     */
    static String vector(String id, String field) {
        String json = read("vectors/vectors.json");
        int start = json.indexOf("\"id\": \"" + id + "\"");
        if (start < 0) {
            throw new IllegalArgumentException("no vector " + id);
        }
        int end = json.indexOf("\"id\": \"", start + 10);
        String block = json.substring(start, end < 0 ? json.length() : end);
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(block);
        if (!m.find()) {
            throw new IllegalArgumentException("vector " + id + " has no field " + field);
        }
        return unescape(m.group(1));
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
