package io.wxkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test-side reference algorithms reproduce the shared vectors, so checks made with them are meaningful. */
class WeChatAlgorithmsTest {

    @ParameterizedTest
    @ValueSource(strings = {"mp-server-sig-1", "mp-server-sig-2", "mp-server-sig-3"})
    void serverSignatureMatchesTheVector(String id) {
        JsonNode in = Vectors.byId(id).get("inputs");
        assertThat(WeChatAlgorithms.sha1Sorted(in.get("token").asText(), in.get("timestamp").asText(),
                in.get("nonce").asText())).isEqualTo(Vectors.byId(id).get("expected").get("signature").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mp-msgcrypt-computed-1", "mp-msgcrypt-computed-2", "mp-msgcrypt-computed-3"})
    void messageCryptMatchesTheVector(String id) {
        JsonNode v = Vectors.byId(id);
        JsonNode in = v.get("inputs");
        String encrypt = WeChatAlgorithms.encrypt(in.get("encoding_aes_key").asText(), in.get("app_id").asText(),
                in.get("random16").asText().getBytes(StandardCharsets.UTF_8), in.get("plaintext_xml").asText());
        assertThat(encrypt).isEqualTo(v.get("expected").get("encrypt").asText());
        assertThat(WeChatAlgorithms.sha1Sorted(in.get("token").asText(), in.get("timestamp").asText(),
                in.get("nonce").asText(), encrypt)).isEqualTo(v.get("expected").get("msg_signature").asText());
        String[] back = WeChatAlgorithms.decrypt(in.get("encoding_aes_key").asText(), encrypt);
        assertThat(back[0]).isEqualTo(in.get("plaintext_xml").asText());
        assertThat(back[1]).isEqualTo(in.get("app_id").asText());
    }
}
