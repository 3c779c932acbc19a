package io.wxkit.pay.bill;

import io.wxkit.pay.WxPayException;
import io.wxkit.pay.internal.PayCall;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.internal.PayContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import okhttp3.HttpUrl;

/**
 * Bills (账单): apply for the trade bill or the fund-flow bill of a day, download it (optionally
 * gzip-compressed), verify its SHA1 digest, and parse it line by line into typed rows.
 *
 * <pre>{@code
 * BillDownload d = pay.bills().applyTradeBill(LocalDate.of(2024, 1, 1), "ALL", true);
 * BillSummary s = pay.bills().readTradeBill(d, row -> ledger.record(row.outTradeNo(), row.settlementTotalFen()));
 * }</pre>
 *
 * <p>Thread-safe; blocks on HTTP. Reading streams: a bill of a million lines never sits in memory.
 * The digest covers the whole file, so it can only be checked at the end: {@code readTradeBill}
 * hands rows over as they arrive and then throws {@code BILL_DIGEST_MISMATCH} if the file was
 * corrupted — stage rows (e.g. in a transaction) until it returns, or use {@link #download} to a
 * file first and parse that.
 */
public final class BillsApi {
    private final PayClient client;

    /**
     * This API over {@code pipeline}; applications call {@code pay.bills()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public BillsApi(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * {@code GET /v3/bill/tradebill?bill_date=..&bill_type=..[&tar_type=GZIP]}.
     *
     * @param billType {@code ALL}, {@code SUCCESS} or {@code REFUND}
     * @param billDate the day (China time) the bill covers; available from 10:00 the next day, for the last three months
     * @param gzip     whether WeChat Pay sends the file gzip-compressed ({@code tar_type=GZIP}); reading decompresses either way
     * @return where to download the file and its SHA1 {@code hash_value}; pass it to {@link #download} or {@link #readTradeBill}
     * @throws WxPayException e.g. {@code NO_STATEMENT_EXIST}
     */
    public BillDownload applyTradeBill(LocalDate billDate, String billType, boolean gzip) {
        return apply("/v3/bill/tradebill?bill_date=" + billDate + "&bill_type=" + billType, gzip);
    }

    /**
     * {@code GET /v3/bill/fundflowbill?bill_date=..&account_type=..[&tar_type=GZIP]}.
     *
     * @param accountType {@code BASIC}, {@code OPERATION} or {@code FEES}
     * @param billDate    the day (China time) the bill covers
     * @param gzip        whether WeChat Pay sends the file gzip-compressed ({@code tar_type=GZIP})
     * @return where to download the file and its digest; pass it to {@link #download} or {@link #readFundFlowBill}
     * @throws WxPayException e.g. {@code NO_STATEMENT_EXIST}
     */
    public BillDownload applyFundFlowBill(LocalDate billDate, String accountType, boolean gzip) {
        return apply("/v3/bill/fundflowbill?bill_date=" + billDate + "&account_type=" + accountType, gzip);
    }

    /**
     * Downloads the bill (decompressed) into {@code out} and verifies the digest.
     *
     * @return bytes written
     * @param bill what {@link #applyTradeBill} or {@link #applyFundFlowBill} returned, downloaded soon after (WeChat Pay's
     *             download URL is short-lived)
     * @param out  receives the CSV text (UTF-8, the columns prefixed with a backtick as WeChat Pay writes them); not closed
     * @throws WxPayException {@code BILL_DIGEST_MISMATCH} when the file does not match {@code hash_value}
     *                        (discard what was written), or an error answer
     * @throws java.io.UncheckedIOException when the download or {@code out} fails midway
     */
    public long download(BillDownload bill, OutputStream out) {
        try (DigestInputStream in = open(bill)) {
            long n = in.transferTo(out);
            check(bill, in.getMessageDigest());
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("downloading bill", e);
        }
    }

    /**
     * Streams a trade bill into {@code rows}, then verifies the digest and returns the summary; the file is
     * never held in memory.
     *
     * <pre>{@code
     * BillSummary s = pay.bills().readTradeBill(pay.bills().applyTradeBill(day, "ALL", true), row -> save(row));
     * long fen = s.fen("应结订单总金额");
     * }</pre>
     *
     * @param bill what {@link #applyTradeBill} returned
     * @param rows called once per line, in file order, on this thread
     * @return the summary section at the end of the file
     * @throws WxPayException {@code BILL_DIGEST_MISMATCH} after all rows were passed (discard them), or an error answer
     */
    public BillSummary readTradeBill(BillDownload bill, Consumer<TradeBillRow> rows) {
        return read(bill, r -> rows.accept(TradeBillRow.of(r)));
    }

    /**
     * Streams a fund-flow bill into {@code rows}, then verifies the digest and returns the summary.
     *
     * @param bill what {@link #applyFundFlowBill} returned
     * @param rows called once per line, in file order, on this thread
     * @return the summary section at the end of the file
     * @throws WxPayException {@code BILL_DIGEST_MISMATCH} after all rows were passed (discard them), or an error answer
     */
    public BillSummary readFundFlowBill(BillDownload bill, Consumer<FundFlowBillRow> rows) {
        return read(bill, r -> rows.accept(FundFlowBillRow.of(r)));
    }

    private BillSummary read(BillDownload bill, Consumer<BillRow> rows) {
        try (DigestInputStream in = open(bill);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024)) {
            BillSummary summary = BillReader.read(reader, rows);
            in.transferTo(OutputStream.nullOutputStream()); // trailing bytes count for the digest
            check(bill, in.getMessageDigest());
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("reading bill", e);
        }
    }

    private BillDownload apply(String pathAndQuery, boolean gzip) {
        PayContext ctx = client.context();
        String path = gzip ? pathAndQuery + "&tar_type=GZIP" : pathAndQuery;
        BillDownload d = ctx.json().read(client.execute(PayCall.get(path)).body(), BillDownload.class).withGzip(gzip);
        if (d.downloadUrl() == null || d.hashValue() == null) {
            throw new WxPayException(200, "MALFORMED", "bill answer lacks download_url or hash_value", null, null, "GET " + path, 1, null);
        }
        return d;
    }

    private DigestInputStream open(BillDownload bill) throws IOException {
        if (!"SHA1".equalsIgnoreCase(bill.hashType())) {
            throw new WxPayException(0, "MALFORMED", "unsupported bill hash_type " + io.wxkit.core.internal.text.Untrusted.quote(bill.hashType(), 64), null, null, null, 0, null);
        }
        InputStream raw = client.download(HttpUrl.get(bill.downloadUrl()));
        InputStream plain = bill.gzip() ? new GZIPInputStream(raw, 64 * 1024) : raw;
        try {
            return new DigestInputStream(plain, MessageDigest.getInstance("SHA-1"));
        } catch (NoSuchAlgorithmException e) {
            plain.close();
            throw new IllegalStateException("JDK lacks SHA-1", e);
        }
    }

    private static void check(BillDownload bill, MessageDigest digest) {
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(bill.hashValue().strip().toLowerCase());
        } catch (IllegalArgumentException e) {
            throw new WxPayException(0, "MALFORMED", "hash_value is not hex", null, null, null, 0, e);
        }
        if (!MessageDigest.isEqual(expected, digest.digest())) {
            throw new WxPayException(0, "BILL_DIGEST_MISMATCH", "downloaded bill does not match hash_value", null, null, null, 0, null);
        }
    }
}
