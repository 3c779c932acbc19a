package io.wxkit.pay.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Conversions of bill cells: yuan to fen, Beijing local time to Instant. */
final class BillValues {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private BillValues() {}

    /** Yuan ("0.01", "¥1.00") to fen; sub-fen fees are rounded half-up. 0 for an empty cell. */
    static long fen(String yuan) {
        if (yuan == null) {
            return 0;
        }
        String v = yuan.strip().replace("¥", "").replace(",", "");
        if (v.isEmpty()) {
            return 0;
        }
        return new BigDecimal(v).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in Beijing time, or {@code null} for an empty cell. */
    static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(value.strip(), TIME).toInstant(ZoneOffset.ofHours(8));
    }

    static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
