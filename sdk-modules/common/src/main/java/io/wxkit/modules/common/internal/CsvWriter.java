package io.wxkit.modules.common.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes RFC 4180 CSV rows to an {@link Appendable} as they come (exports are streamed, never built in
 * memory or on disk). Cells that a spreadsheet would run as a formula ({@code = + - @}, tab, CR at the
 * start) are prefixed with {@code '} so a poll option named {@code =HYPERLINK(..)} stays text.
 *
 * <pre>{@code
 * CsvWriter csv = CsvWriter.to(writer);
 * csv.row("rank", "option", "votes");
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class CsvWriter {
    private final Appendable out;

    private CsvWriter(Appendable out) {
        this.out = out;
    }

    /** A writer appending to {@code out}. */
    public static CsvWriter to(Appendable out) {
        return new CsvWriter(Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes one row ending in CRLF; {@code null} cells are empty.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public CsvWriter row(Object... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells[i]));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
