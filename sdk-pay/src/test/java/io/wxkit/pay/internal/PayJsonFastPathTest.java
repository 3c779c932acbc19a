package io.wxkit.pay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free paths of {@link PayJson} (issue 14) answer exactly as the general ones they
 * shortcut: the RFC 3339 fast path as {@code OffsetDateTime.parse}, the streamed top-level lookup as a tree.
 */
class PayJsonFastPathTest {
    private final PayJson json = new PayJson();

    record Stamp(Instant at) {
    }

    @Test
    void wechatPayTimesReadAsOffsetDateTimeReadsThem() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L));
            int offsetMinutes = random.nextInt(-18 * 60, 18 * 60 + 1);
            String text = t.atOffset(java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).withNano(0).toString();
            if (text.length() == 25 && text.charAt(19) == '+') { // the fast path takes only WeChat Pay's +hh:mm form
                assertThat(PayJson.beijingStyle(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
            } else {
                assertThat(PayJson.beijingStyle(text)).as(text).isNull();
            }
        }
        assertThat(PayJson.beijingStyle("2023-11-15T06:08:21+08:00")).isEqualTo(Instant.parse("2023-11-14T22:08:21Z"));
    }

    @Test
    void anythingOutsideTheFastPathIsLeftToTheFullParser() {
        for (String s : List.of("2023-02-30T06:08:21+08:00", "2023-13-01T06:08:21+08:00", "2023-11-15T24:00:00+08:00",
                "2023-11-15T23:59:60+08:00", "2023-11-15T06:08:21-08:00", "2023-11-15T06:08:21+19:00",
                "2023-11-15T06:08:21+18:01", "2023-11-15 06:08:21+08:00", "2023-11-15T06:08:21.5+08:00",
                "2023-11-15T06:08:21Z", "2O23-11-15T06:08:21+08:00", "2024-02-29T06:08:21+08:0x")) {
            assertThat(PayJson.beijingStyle(s)).as(s).isNull();
        }
        assertThat(PayJson.beijingStyle("2024-02-29T00:00:00+00:00")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(json.read("{\"at\":\"2023-11-15T06:08:21.5Z\"}", Stamp.class).at()).isEqualTo(Instant.parse("2023-11-15T06:08:21.5Z"));
        assertThat(json.read("{\"at\":\"2023-11-15T06:08:21-08:00\"}", Stamp.class).at()).isEqualTo(Instant.parse("2023-11-15T14:08:21Z"));
        assertThatThrownBy(() -> json.read("{\"at\":\"2023-02-30T06:08:21+08:00\"}", Stamp.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStreamedLookupAnswersAsTheTreeDid() {
        for (String doc : List.of("{\"mchid\":\"1900000001\",\"a\":{\"mchid\":\"x\"}}", "{\"mch_id\":\"1900000002\"}",
                "{\"mchid\":null,\"mch_id\":\"3\"}", "{\"mchid\":1900000001}", "{\"mchid\":{\"x\":1}}", "{\"mchid\":[1,2]}",
                "{\"mchid\":\"1\",\"mchid\":\"2\"}", "{\"mchid\":\"1\",\"mchid\":null,\"mch_id\":\"9\"}", "{}", "[1,2]",
                "\"text\"", "42", "{\"mch_id\":null}", "{\"mchid\":true}", "{\"mchid\":\"1\"} trailing", "")) {
            assertThat(json.topLevelText(doc, "mchid", "mch_id")).as(doc).isEqualTo(viaTree(doc));
        }
        for (String broken : List.of("{\"mchid\":", "{\"mchid\":\"1\",}", "{\"a\":[1,}", "{mchid:1}")) {
            assertThatThrownBy(() -> json.topLevelText(broken, "mchid", "mch_id")).as(broken)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> json.tree(broken)).as(broken).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** What NotificationsApi used to compute: the tree, then hasNonNull(preferred) ? get(preferred) : get(fallback). */
    private String viaTree(String doc) {
        JsonNode resource = json.tree(doc);
        JsonNode named = resource == null ? null : resource.hasNonNull("mchid") ? resource.get("mchid") : resource.get("mch_id");
        return named == null || named.isNull() ? null : named.asText();
    }
}
