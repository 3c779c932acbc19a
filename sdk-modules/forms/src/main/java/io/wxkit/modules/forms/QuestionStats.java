package io.wxkit.modules.forms;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics of one question over the submissions that are not withdrawn.
 *
 * @param field    the field key
 * @param label    the question
 * @param type     the field type
 * @param answered how many submissions answered it
 * @param counts   choice fields: option → how many chose it (every option present, in form order); else empty
 * @param min      NUMBER: the smallest answer
 * @param max      NUMBER: the largest answer
 * @param sum      NUMBER: the sum of the answers (the average is {@code sum / answered})
 */
public record QuestionStats(String field, String label, FieldType type, long answered, Map<String, Long> counts,
                            Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<BigDecimal> sum) {
    /**
     * Copies the counts, keeping their order.
     *
     * @param field the field key
     * @param label the question
     * @param type the field type
     * @param answered how many submissions answered it
     * @param counts choice fields: option → how many chose it (every option present, in form order); else empty
     * @param min NUMBER: the smallest answer
     * @param max NUMBER: the largest answer
     * @param sum NUMBER: the sum of the answers (the average is {@code sum / answered})
     */
    public QuestionStats {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}
