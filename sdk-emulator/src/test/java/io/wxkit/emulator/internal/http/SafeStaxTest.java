package io.wxkit.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

/** One hardened factory for every parse (a new one per call costs a classpath scan), shared safely by threads. */
class SafeStaxTest {

    @Test
    void everyCallGetsTheSameHardenedFactory() {
        XMLInputFactory f = SafeStax.inputFactory();

        assertThat(SafeStax.inputFactory()).isSameAs(f);
        assertThat(f.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(f.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
    }

    @Test
    void threadsParsingAtOnceEachGetTheirOwnDocument() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String id = String.valueOf(i);
                results.add(pool.submit(() -> FlatXml.parse(FlatXml.write(Map.of("id", id, "body", "x" + id)))
                        .equals(Map.of("id", id, "body", "x" + id))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void entitiesStayRefused() {
        assertThatThrownBy(() -> FlatXml.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><a>&e;</a></xml>"))
                .isInstanceOf(MalformedBodyException.class);
        assertThatThrownBy(() -> FlatXml.parse("<xml><a>&e;</a></xml>")).isInstanceOf(MalformedBodyException.class);
    }
}
