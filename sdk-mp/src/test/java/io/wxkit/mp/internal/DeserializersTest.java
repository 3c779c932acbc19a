package io.wxkit.mp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeserializersTest {
    private final ObjectMapper json = new ObjectMapper();

    record Holder(
            @JsonProperty("t") @JsonDeserialize(using = EpochSecondsDeserializer.class) Instant t,
            @JsonProperty("d") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate d) {
    }

    @Test
    void epochSecondsAreReadFromNumbersAndNumericStrings() throws Exception {
        assertThat(json.readValue("{\"t\":1611047541}", Holder.class).t()).isEqualTo(Instant.ofEpochSecond(1611047541));
        assertThat(json.readValue("{\"t\":\" 1611047541 \"}", Holder.class).t()).isEqualTo(Instant.ofEpochSecond(1611047541));
        assertThat(json.readValue("{\"t\":\"\"}", Holder.class).t()).isNull();
        assertThatThrownBy(() -> json.readValue("{\"t\":\"yesterday\"}", Holder.class)).hasMessageContaining("Unix timestamp");
    }

    @Test
    void isoDatesAreReadAndBlankMeansAbsent() throws Exception {
        assertThat(json.readValue("{\"d\":\"2014-12-07\"}", Holder.class).d()).isEqualTo(LocalDate.of(2014, 12, 7));
        assertThat(json.readValue("{\"d\":\" \"}", Holder.class).d()).isNull();
        assertThatThrownBy(() -> json.readValue("{\"d\":\"2014/12/07\"}", Holder.class)).hasMessageContaining("yyyy-MM-dd");
    }
}
