package io.wxkit.examples.admin.shop;

import io.wxkit.modules.shop.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order list's filters as typed: a status (blank: any) and placing dates from / to, inclusive, in China time
 * (blank: open). {@link #errors()} names the wrong fields; the page shows them and keeps the text.
 */
record OrderFilter(String status, String from, String to) {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    OrderFilter {
        status = status == null ? "" : status.strip();
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!status.isEmpty() && orderStatus() == null) {
            errors.put("status", "没有这个状态 No such status");
        }
        if (!from.isEmpty() && day(from) == null) {
            errors.put("from", "日期格式 yyyy-MM-dd A date as yyyy-MM-dd");
        }
        if (!to.isEmpty() && day(to) == null) {
            errors.put("to", "日期格式 yyyy-MM-dd A date as yyyy-MM-dd");
        }
        if (errors.isEmpty() && day(from) != null && day(to) != null && day(from).isAfter(day(to))) {
            errors.put("to", "结束日期早于开始日期 The end is before the start");
        }
        return errors;
    }

    /** The status, or {@code null} for any (or when it is not one). */
    OrderStatus orderStatus() {
        try {
            return status.isEmpty() ? null : OrderStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first instant of {@link #from}, or {@code null}. */
    Instant fromInstant() {
        LocalDate d = day(from);
        return d == null ? null : d.atStartOfDay(CHINA).toInstant();
    }

    /** The first instant after {@link #to}, or {@code null}. */
    Instant toInstant() {
        LocalDate d = day(to);
        return d == null ? null : d.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    private static LocalDate day(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
