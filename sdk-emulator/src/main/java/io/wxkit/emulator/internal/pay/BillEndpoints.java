package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Bills generated from the emulator's own records: {@code GET /v3/bill/tradebill?bill_date=&bill_type=ALL|SUCCESS|
 * REFUND[&tar_type=GZIP]} and {@code GET /v3/bill/fundflowbill?bill_date=&account_type=BASIC|OPERATION|FEES
 * [&tar_type=GZIP]} answer {@code {"hash_type":"SHA1","hash_value","download_url"}}; the URL
 * ({@code /v3/billdownload/file?token=}) serves the file, gzip-compressed when asked, for 30 seconds, to the same
 * merchant's signed request, unsigned. {@code hash_value} is the SHA1 of the uncompressed file. A date in the future
 * or more than three months back is PARAM_ERROR; a day with nothing to report is NO_STATEMENT_EXIST. Unlike
 * WeChat (which builds yesterday's bill at 10:00), today's bill so far is served too.
 */
final class BillEndpoints implements Resettable {
    private static final Duration URL_LIFETIME = Duration.ofSeconds(30);
    private final PayState state;
    private final PayGate gate;
    private final Clock clock;
    private final PayIds ids;
    private final Map<String, File> files = new HashMap<>();

    private record File(String mchId, byte[] bytes, Instant expires) {
    }

    BillEndpoints(PayState state, PayGate gate, Clock clock, PayIds ids) {
        this.state = state;
        this.gate = gate;
        this.clock = clock;
        this.ids = ids;
    }

    void routes(Router router) {
        router.get("/v3/bill/tradebill", gate.guard(this::tradeBill));
        router.get("/v3/bill/fundflowbill", gate.guard(this::fundFlowBill));
        router.get("/v3/billdownload/file", gate.guardUnsigned(this::download));
    }

    private Answer tradeBill(Merchant m, Request r) {
        LocalDate day = day(r);
        String type = r.query("bill_type") == null ? "ALL" : r.query("bill_type");
        if (!List.of("ALL", "SUCCESS", "REFUND").contains(type)) {
            throw PayError.param("bill_type 只能是 ALL、SUCCESS 或 REFUND");
        }
        List<Order> paid = type.equals("REFUND") ? List.of() : state.all().stream()
                .filter(o -> o.mchId.equals(m.mchId()) && BillFiles.on(o.successTime(), day)).toList();
        List<Refund> refunds = new ArrayList<>();
        List<Order> refundedOrders = new ArrayList<>();
        if (!type.equals("SUCCESS")) {
            state.allRefunds().stream().filter(x -> x.mchId.equals(m.mchId()) && x.status().equals("SUCCESS")
                    && BillFiles.on(x.successTime(), day)).forEach(x -> {
                        refunds.add(x);
                        refundedOrders.add(state.order(x.mchId, x.outTradeNo));
                    });
        }
        if (paid.isEmpty() && refunds.isEmpty()) {
            throw new PayError(400, "NO_STATEMENT_EXIST", "账单文件不存在");
        }
        return offer(m, r, BillFiles.trade(paid, refunds, refundedOrders));
    }

    private Answer fundFlowBill(Merchant m, Request r) {
        LocalDate day = day(r);
        String account = r.query("account_type") == null ? "BASIC" : r.query("account_type");
        if (!List.of("BASIC", "OPERATION", "FEES").contains(account)) {
            throw PayError.param("account_type 只能是 BASIC、OPERATION 或 FEES");
        }
        // the emulator keeps only the basic account: the operation and fees accounts never move
        List<Ledger.Entry> entries = account.equals("BASIC") ? state.ledger.entries(m.mchId()).stream()
                .filter(e -> BillFiles.on(e.at(), day)).toList() : List.of();
        if (entries.isEmpty()) {
            throw new PayError(400, "NO_STATEMENT_EXIST", "账单文件不存在");
        }
        return offer(m, r, BillFiles.fundFlow(entries));
    }

    private LocalDate day(Request r) {
        String tar = r.query("tar_type");
        if (tar != null && !tar.equals("GZIP")) {
            throw PayError.param("tar_type 只能是 GZIP");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(r.query("bill_date") == null ? "" : r.query("bill_date"));
        } catch (DateTimeParseException e) {
            throw PayError.param("bill_date 必须是 yyyy-MM-dd 格式");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), BillFiles.CHINA);
        if (day.isAfter(today) || day.isBefore(today.minusMonths(3))) {
            throw PayError.param("bill_date 仅支持三个月内的账单, 且不能晚于今天");
        }
        return day;
    }

    private Answer offer(Merchant m, Request r, String text) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] served = "GZIP".equals(r.query("tar_type")) ? gzip(plain) : plain;
        String token = ids.alphanumeric(40);
        synchronized (this) {
            files.values().removeIf(f -> f.expires().isBefore(clock.instant()));
            files.put(token, new File(m.mchId(), served, clock.instant().plus(URL_LIFETIME)));
        }
        return Answer.json(r.codec().object().put("hash_type", "SHA1").put("hash_value", sha1(plain))
                .put("download_url", r.baseUrl() + "/v3/billdownload/file?token=" + token));
    }

    private Answer download(Merchant m, Request r) {
        File f;
        synchronized (this) {
            f = files.get(r.query("token") == null ? "" : r.query("token"));
        }
        if (f == null || !f.mchId().equals(m.mchId()) || f.expires().isBefore(clock.instant())) {
            throw new PayError(400, "INVALID_REQUEST", "账单下载链接无效或已过期, 请重新申请");
        }
        return Answer.bytes(200, "application/octet-stream", f.bytes());
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-1", e);
        }
    }

    @Override
    public synchronized void reset() {
        files.clear();
    }
}
