package io.wxkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class JsonTest {
    final Json json = Json.create();

    public record Tag(int id, String name, @JsonProperty("count") Integer fans) {}

    @Test
    void unknownFieldsAreIgnoredAndRecordsBind() {
        assertThat(json.read("{\"id\":134,\"name\":\"广东\",\"count\":0,\"new_field\":[1]}", Tag.class))
                .isEqualTo(new Tag(134, "广东", 0));
    }

    @Test
    void nullsAreOmittedFromRequests() {
        assertThat(json.write(new Tag(2, "星标组", null))).isEqualTo("{\"id\":2,\"name\":\"星标组\"}");
    }

    @Test
    void parseErrorsNeverQuoteTheInput() {
        assertThatThrownBy(() -> json.readTree("access_token=SECRETVALUE"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("line 1")
                .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain("SECRETVALUE"))
                .message().doesNotContain("SECRETVALUE");
    }
}
