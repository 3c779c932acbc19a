package io.wxkit.examples.shop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The signed {@code getBrandWCPayRequest} parameters as JSON that is safe inside a {@code <script>} element. */
final class PayParamsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PayParamsJson() {
    }

    static String of(Map<String, String> params) {
        try {
            // "</" would end the script element early; "<\/" means the same to a JSON parser
            return JSON.writeValueAsString(params).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pay parameters are plain strings", e);
        }
    }
}
