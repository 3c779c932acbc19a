package io.wxkit.core.message;

import io.wxkit.core.message.WxCallbackException.Reason;
import java.time.Instant;

/** Typed reads over a {@link FieldList}; every failure is a {@link WxCallbackException}. */
final class Fields {
    /** 9999-12-31T23:59:59Z: anything later is not a WeChat timestamp. */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private final FieldList list;

    Fields(FieldList list) {
        this.list = list;
    }

    FieldList list() {
        return list;
    }

    String optional(String path) {
        return list.get(path);
    }

    String optional(String path, String alternative) {
        return list.get(path, alternative);
    }

    String required(String path) {
        String v = list.get(path);
        if (v == null) {
            throw new WxCallbackException(Reason.MISSING_FIELD, "missing <" + path + ">");
        }
        return v;
    }

    Instant createTime() {
        long seconds = longValue("CreateTime", required("CreateTime"));
        if (seconds < 0 || seconds > MAX_EPOCH_SECOND) {
            throw invalid("CreateTime");
        }
        return Instant.ofEpochSecond(seconds);
    }

    long optionalLong(String path, String alternative) {
        String v = list.get(path, alternative);
        return v == null ? 0L : longValue(path, v);
    }

    int optionalInt(String path) {
        String v = list.get(path);
        return v == null ? 0 : intValue(path, v);
    }

    double requiredDouble(String path) {
        return doubleValue(path, required(path));
    }

    static long longValue(String path, String raw) {
        String v = raw.strip();
        if (v.isEmpty() || v.length() > 20) {
            throw invalid(path);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw invalid(path);
        }
    }

    static int intValue(String path, String raw) {
        long v = longValue(path, raw);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw invalid(path);
        }
        return (int) v;
    }

    static double doubleValue(String path, String raw) {
        String v = raw.strip();
        if (v.isEmpty() || v.length() > 32) {
            throw invalid(path);
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw invalid(path);
            }
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw invalid(path);
        }
    }

    static WxCallbackException invalid(String path) {
        return new WxCallbackException(Reason.INVALID_FIELD, "<" + path + "> has a value of the wrong form");
    }
}
