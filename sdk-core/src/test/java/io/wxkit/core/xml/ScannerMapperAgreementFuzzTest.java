package io.wxkit.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.message.MessageCodec;
import io.wxkit.core.message.Unknown;
import io.wxkit.core.message.WxCallbackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The callback scanner ({@link MessageCodec}) against the hardened mapper ({@link XmlCodec}) on every sample in
 * shared/reference/xml and on seeded random mutations of each: both accept with the same fields or both
 * refuse, and only the typed exceptions ever escape. {@code -Dwxkit.fuzz.runs=N} (mutations per sample,
 * default 150, about 4,000 mutations in all) and {@code -Dwxkit.fuzz.seed=S} reproduce or extend a run.
 */
class ScannerMapperAgreementFuzzTest {
    private static final int MAX_CHARS = MessageCodec.DEFAULT_MAX_CHARS;
    private static final String[] TOKENS = {"<", ">", "/", "!", "?", "[", "]", "&", ";", "#", "x", "=", "\"", "'", " ",
        "\n", "\r", "\t", "-", ":", "a", "Z", "0", "9", "中", "]]>", "<![CDATA[", "]]", "<!--", "-->", "<?", "?>",
        "<!DOCTYPE xml>", "<!DOCTYPE xml [<!ENTITY e \"v\">]>", "<!ENTITY x SYSTEM \"file:///etc/passwd\">", "&e;",
        "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x41;", "&#0;", "&#x1F600;", "&#xD800;", "&#1;",
        "&#13;", "&#32;", "\u0001", "\u0000", "\uFFFE", " a=\"1\"", " xmlns=\"u\"", "<a>", "</a>", "<a/>", "<xml>",
        "</xml>", "<?xml version=\"1.0\"?>", "<?xml version=\"1.1\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
        "<?php x?>", "<n:a>", "</n:a>", "<_a>", "<a.b>", "<1a>", "<é>", "</é>", "\u00b7"};

    private final XmlCodec mapper = XmlCodec.create();
    private final MessageCodec scanner = MessageCodec.create();

    static Path samples() {
        return Path.of(System.getProperty("wxkit.shared.dir"), "reference", "xml");
    }

    static List<Map.Entry<String, String>> readSamples() throws IOException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                out.add(Map.entry(p.getFileName().toString(), Files.readString(p)));
            }
        }
        assertThat(out).hasSizeGreaterThan(20);
        return out;
    }

    /** The scanner's fields as path=value, or null when it refused with a WxCallbackException. */
    private List<String> scan(String xml) {
        try {
            List<String> out = new ArrayList<>();
            for (Unknown.Field f : scanner.fields(xml)) {
                out.add(f.path() + "=" + f.value());
            }
            return out;
        } catch (WxCallbackException refused) {
            return null;
        }
    }

    @Test
    void scannerAndMapperAgreeOnEverySample() throws IOException {
        for (Map.Entry<String, String> sample : readSamples()) {
            List<String> scanned = scan(sample.getValue());
            assertThat(scanned).as(sample.getKey()).isNotNull().isNotEmpty();
            assertThat(ReferenceWalker.walk(mapper.inputFactory(), sample.getValue(), MAX_CHARS))
                    .as(sample.getKey()).isEqualTo(scanned);
            List<String> fromMapper = new ArrayList<>();
            flatten(mapper.read(sample.getValue(), JsonNode.class), null, fromMapper);
            List<String> sortedScan = new ArrayList<>(scanned);
            Collections.sort(sortedScan);
            Collections.sort(fromMapper);
            assertThat(fromMapper).as(sample.getKey()).isEqualTo(sortedScan);
        }
    }

    private static void flatten(JsonNode node, String path, List<String> out) {
        if (node.isArray()) {
            node.forEach(n -> flatten(n, path, out));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), path == null ? e.getKey() : path + "/" + e.getKey(), out));
        } else {
            out.add(path + "=" + node.asText());
        }
    }

    @Test
    void scannerAndMapperAgreeOnRandomMutationsAndOnlyTypedErrorsEscape() throws IOException {
        int runs = Integer.getInteger("wxkit.fuzz.runs", 150);
        long seed = Long.getLong("wxkit.fuzz.seed", 20261126L);
        Random random = new Random(seed);
        int accepted = 0;
        int total = 0;
        for (Map.Entry<String, String> sample : readSamples()) {
            for (int i = 0; i < runs; i++) {
                String mutant = mutate(sample.getValue(), random);
                List<String> scanned = scan(mutant);
                List<String> reference = ReferenceWalker.walk(mapper.inputFactory(), mutant, MAX_CHARS);
                if (!java.util.Objects.equals(scanned, reference)) {
                    throw new AssertionError("scanner and mapper disagree (seed " + seed + ", " + sample.getKey()
                            + ", run " + i + ")\nmutant: " + escape(mutant) + "\nscanner: " + scanned
                            + "\nmapper:  " + reference);
                }
                assertOnlyTypedErrors(mutant);
                accepted += scanned != null ? 1 : 0;
                total++;
            }
        }
        // the mutations must exercise both outcomes, or the agreement proves little
        assertThat(accepted).isBetween(total / 20, total - total / 20);
    }

    private void assertOnlyTypedErrors(String mutant) {
        try {
            scanner.decode(mutant);
        } catch (WxCallbackException expected) {
            // typed
        }
        try {
            scanner.decodeEnvelope(mutant);
        } catch (WxCallbackException expected) {
            // typed
        }
        try {
            mapper.read(mutant, JsonNode.class);
        } catch (WxXmlException expected) {
            // typed
        }
    }

    static String mutate(String xml, Random r) {
        StringBuilder b = new StringBuilder(xml);
        int count = 1 + r.nextInt(3);
        for (int m = 0; m < count; m++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (r.nextInt(6)) {
                case 0 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                case 1 -> b.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
                case 2 -> {
                    if (b.length() > 0) {
                        b.replace(at, at + 1, TOKENS[r.nextInt(TOKENS.length)]);
                    }
                }
                case 3 -> {
                    int end = Math.min(b.length(), at + 1 + r.nextInt(40));
                    String chunk = b.substring(at, end);
                    b.insert(b.length() == 0 ? 0 : r.nextInt(b.length()), chunk);
                }
                case 4 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(20)));
                default -> {
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
