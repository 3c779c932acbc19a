package io.wxkit.pay.bill;

import io.wxkit.pay.WxPayException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams WeChat Pay's bill text format one line at a time: a header line, detail lines whose cells
 * each start with a backtick, a summary header line, and a summary line. Never holds more than one
 * line in memory.
 */
final class BillReader {
    private BillReader() {}

    static BillSummary read(BufferedReader in, Consumer<BillRow> rows) {
        try {
            String header = in.readLine();
            if (header == null) {
                throw malformed("empty bill");
            }
            Map<String, Integer> index = index(header);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                if (!line.startsWith("`")) { // the summary header
                    Map<String, Integer> summaryIndex = index(line);
                    String summary = in.readLine();
                    if (summary == null) {
                        throw malformed("summary line missing");
                    }
                    return new BillSummary(new BillRow(summaryIndex, cells(summary)).asMap());
                }
                rows.accept(new BillRow(index, cells(line)));
            }
            throw malformed("summary section missing (truncated bill?)");
        } catch (IOException e) {
            throw new UncheckedIOException("reading bill", e);
        }
    }

    private static Map<String, Integer> index(String header) {
        String[] names = stripBom(header).split(",", -1);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.putIfAbsent(names[i].strip(), i);
        }
        return index;
    }

    private static List<String> cells(String line) {
        // every cell is "`value"; split on ",`" so commas inside a value (product names) survive
        return new ArrayList<>(Arrays.asList(line.substring(1).split(",`", -1)));
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static WxPayException malformed(String why) {
        return new WxPayException(0, "BILL_MALFORMED", why, null, null, null, 0, null);
    }
}
