package io.wxkit.examples.admin.users;

import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.client.Client;
import io.wxkit.sso.error.SsoException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run over an uploaded CSV of bindings — {@code business system,openid,business user id} per line, an optional
 * header line — read line by line (constant memory whatever the size). Each good line is bound as the importing
 * administrator; each bad one is refused with its line number and the reason, and the run goes on.
 */
final class BindingImport {
    static final int MAX_LINE = 512;

    private final SsoBroker sso;
    private final String staff;
    private final ImportJob job;
    private final Map<String, Optional<Client>> clients = new HashMap<>();

    BindingImport(SsoBroker sso, String staff, ImportJob job) {
        this.sso = sso;
        this.staff = staff;
        this.job = job;
    }

    void run(InputStream upload) throws IOException {
        CountingInputStream counted = new CountingInputStream(upload);
        BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8));
        long lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            job.read(counted.count());
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // Excel's UTF-8 byte-order mark
            }
            if (line.isBlank() || (lineNo == 1 && isHeader(line))) {
                continue;
            }
            String problem = importLine(line);
            if (problem != null) {
                job.rejected(lineNo, problem);
            }
        }
    }

    private static boolean isHeader(String line) {
        String first = line.split(",", -1)[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("business system") || first.equals("business_system") || first.equals("client_id")
                || first.equals("业务系统");
    }

    /** Binds one line; answers why it was refused, or {@code null}. */
    private String importLine(String line) {
        if (line.length() > MAX_LINE) {
            return "行太长 line longer than " + MAX_LINE + " characters";
        }
        String[] f = line.split(",", -1);
        if (f.length != 3) {
            return "应为 3 列（业务系统,openid,业务账号），实为 " + f.length + " 列 · expected business system,openid,business user id";
        }
        String clientId = f[0].strip();
        String openid = f[1].strip();
        String accountId = f[2].strip();
        Optional<Client> client = clients.computeIfAbsent(clientId, id -> sso.clients().find(id));
        if (client.isEmpty()) {
            return "没有业务系统 no business system '" + clip(clientId) + "'";
        }
        if (!client.get().active()) {
            return "业务系统已停用 business system " + clientId + " is disabled";
        }
        Optional<Binding> existing = sso.bindings().find(clientId, openid);
        if (existing.isPresent() && existing.get().accountId().equals(accountId)) {
            job.unchanged();
            return null;
        }
        try {
            sso.bindings().bind(openid, clientId, accountId, null, BindProof.admin(staff));
            job.imported();
            return null;
        } catch (SsoException e) {
            return e.error().code() + ": " + e.description();
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Counts the bytes the reader has pulled, for the progress bar. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
