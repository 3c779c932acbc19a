package io.wxkit.examples.admin.shop;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money as staff type it and read it: yuan with up to two decimals ({@code 68}, {@code 68.5}, {@code 68.50}) ⇄ fen. */
public final class Yuan {
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,2}))?");

    private Yuan() {
    }

    /** The fen of {@code text}, or empty when it is not an amount of yuan (no sign, at most two decimals). */
    public static Optional<Long> parse(String text) {
        Matcher m = AMOUNT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String cents = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        return Optional.of(Long.parseLong(m.group(1)) * 100 + Long.parseLong(cents));
    }

    /** {@code 6850} → {@code "68.50"}. */
    public static String format(long fen) {
        return (fen < 0 ? "-" : "") + Math.abs(fen) / 100 + "." + String.format("%02d", Math.abs(fen) % 100);
    }
}
