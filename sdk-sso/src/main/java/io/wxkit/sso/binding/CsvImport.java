package io.wxkit.sso.binding;

import io.wxkit.sso.error.SsoException;
import io.wxkit.sso.internal.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** One CSV import run: {@code openid,account_id[,unionid]} per line, bad rows reported, good rows kept. */
final class CsvImport {
    private static final int MAX_LINE = 512;

    private final Bindings bindings;
    private final String clientId;
    private final String operator;

    CsvImport(Bindings bindings, String clientId, String operator) {
        this.bindings = bindings;
        this.clientId = clientId;
        this.operator = operator;
    }

    ImportReport run(Reader csv) throws IOException {
        BufferedReader in = new BufferedReader(csv);
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        int imported = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || (lineNo == 1 && line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("openid"))) {
                continue;
            }
            String problem = importLine(line);
            if (problem == null) {
                imported++;
            } else {
                rejected.add(new ImportReport.RejectedRow(lineNo, Text.safe(problem, 200)));
            }
        }
        return new ImportReport(imported, rejected);
    }

    /** Binds one line; returns why it was refused, or {@code null}. */
    private String importLine(String line) {
        if (line.length() > MAX_LINE) {
            return "line longer than " + MAX_LINE + " characters";
        }
        String[] f = line.split(",", -1);
        if (f.length < 2 || f.length > 3) {
            return "expected openid,account_id[,unionid], got " + f.length + " fields";
        }
        String unionid = f.length == 3 && !f[2].isBlank() ? f[2].strip() : null;
        try {
            Bindings.requireIds(f[0].strip(), f[1].strip(), unionid);
            Binding b = new Binding(clientId, f[0].strip(), f[1].strip(), unionid, BindingStatus.ACTIVE, "import",
                    "admin:" + operator, bindings.now());
            Binding stored = bindings.insert(b, "admin:" + operator, "import.row");
            return stored == b ? null : "already bound to the same account";
        } catch (SsoException e) {
            return e.getMessage();
        }
    }
}
