package io.wxkit.pay.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class BillsApiTest {
    static final String TRADE_HEADER = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,"
            + "应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注";

    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    static String tradeBill(int rows) {
        StringBuilder sb = new StringBuilder(TRADE_HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            sb.append("`2023-11-15 06:08:20,`wxd678efh567hg6787,`1900000109,`0,`,`42000000012023111500").append(String.format("%08d", i))
                    .append(",`T").append(i).append(",`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`JSAPI,`SUCCESS,`CMC,`CNY,`9.90,`0.00,`0,`0,`0.00,`0.00,`,`,")
                    .append("`Ticket, row ").append(i).append(",`seat,`0.06,`0.60%,`9.90,`0.00,`\n");
        }
        sb.append("总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\n");
        sb.append("`").append(rows).append(",`").append(String.format("%.2f", rows * 9.9)).append(",`0.00,`0.00,`").append(String.format("%.2f", rows * 0.06))
                .append(",`").append(String.format("%.2f", rows * 9.9)).append(",`0.00\n");
        return sb.toString();
    }

    static String sha1(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
    }

    static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private void enqueueApply(String hash) {
        String url = server.url("/v3/billdownload/file?token=6XIv5TUPto7pByrTQKhd6kwvyKLG2uY2wMMR8cNXqaA").toString();
        server.enqueue(kit.signed(200, "{\"download_url\":\"" + url + "\",\"hash_type\":\"SHA1\",\"hash_value\":\"" + hash + "\"}"));
    }

    @Test
    void gzipTradeBillIsAppliedDownloadedVerifiedAndParsedRowByRow() throws Exception {
        byte[] plain = tradeBill(3).getBytes(StandardCharsets.UTF_8);
        enqueueApply(sha1(plain));
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(gzip(plain))).build()); // download answers are unsigned
        WxPay pay = kit.builder(server).build();

        BillDownload d = pay.bills().applyTradeBill(LocalDate.of(2023, 11, 15), "ALL", true);
        List<TradeBillRow> rows = new ArrayList<>();
        BillSummary summary = pay.bills().readTradeBill(d, rows::add);

        RecordedRequest apply = server.takeRequest();
        assertThat(apply.getTarget()).isEqualTo("/v3/bill/tradebill?bill_date=2023-11-15&bill_type=ALL&tar_type=GZIP");
        PayTestKit.assertSignedByMerchant(apply);
        RecordedRequest download = server.takeRequest();
        assertThat(download.getTarget()).isEqualTo("/v3/billdownload/file?token=6XIv5TUPto7pByrTQKhd6kwvyKLG2uY2wMMR8cNXqaA");
        PayTestKit.assertSignedByMerchant(download);

        assertThat(rows).hasSize(3);
        TradeBillRow r = rows.get(1);
        assertThat(r.tradeTime()).isEqualTo(Instant.parse("2023-11-14T22:08:20Z"));
        assertThat(r.outTradeNo()).isEqualTo("T1");
        assertThat(r.settlementTotalFen()).isEqualTo(990);
        assertThat(r.feeFen()).isEqualTo(6);
        assertThat(r.rate()).isEqualTo("0.60%");
        assertThat(r.description()).isEqualTo("Ticket, row 1"); // a comma inside a value survives
        assertThat(r.deviceInfo()).isNull();
        assertThat(summary.count("总交易单数")).isEqualTo(3);
        assertThat(summary.fen("应结订单总金额")).isEqualTo(2970);
        assertThat(summary.fen("手续费总金额")).isEqualTo(18);
    }

    @Test
    void corruptedBillFailsTheDigestCheck() throws Exception {
        byte[] plain = tradeBill(2).getBytes(StandardCharsets.UTF_8);
        enqueueApply(sha1(plain));
        server.enqueue(new MockResponse.Builder().code(200).body(tradeBill(2).replace("`9.90,`0.00,`0,", "`1.00,`0.00,`0,")).build());
        WxPay pay = kit.builder(server).build();
        BillDownload d = pay.bills().applyTradeBill(LocalDate.of(2023, 11, 15), "ALL", false);
        assertThatThrownBy(() -> pay.bills().readTradeBill(d, row -> { }))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("BILL_DIGEST_MISMATCH"));
    }

    @Test
    void downloadToAStreamVerifiesTheDigest() throws Exception {
        byte[] plain = tradeBill(5).getBytes(StandardCharsets.UTF_8);
        enqueueApply(sha1(plain));
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(plain)).build());
        WxPay pay = kit.builder(server).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = pay.bills().download(pay.bills().applyTradeBill(LocalDate.of(2023, 11, 15), "SUCCESS", false), out);
        assertThat(n).isEqualTo(plain.length);
        assertThat(out.toByteArray()).isEqualTo(plain);
    }

    @Test
    void largeBillsStreamWithoutCollectingRows() throws Exception {
        int rows = 5_000;
        byte[] plain = tradeBill(rows).getBytes(StandardCharsets.UTF_8);
        enqueueApply(sha1(plain));
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(gzip(plain))).build());
        WxPay pay = kit.builder(server).build();
        AtomicLong total = new AtomicLong();
        BillSummary s = pay.bills().readTradeBill(pay.bills().applyTradeBill(LocalDate.of(2023, 11, 15), "ALL", true),
                row -> total.addAndGet(row.settlementTotalFen()));
        assertThat(total.get()).isEqualTo(s.fen("应结订单总金额")).isEqualTo(rows * 990L);
    }

    @Test
    void fundFlowBillIsParsed() throws Exception {
        String bill = "记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额（元）,账户结余（元）,资金变更提交申请人,备注,业务凭证号\n"
                + "`2023-11-15 06:08:21,`4200000001202311150000000001,`4200000001202311150000000001,`交易,`交易,`收入,`9.90,`1009.90,`system,`,`4200000001\n"
                + "资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额\n`1,`1,`9.90,`0,`0.00\n";
        byte[] plain = bill.getBytes(StandardCharsets.UTF_8);
        enqueueApply(sha1(plain));
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(plain)).build());
        WxPay pay = kit.builder(server).build();
        List<FundFlowBillRow> rows = new ArrayList<>();
        BillSummary s = pay.bills().readFundFlowBill(pay.bills().applyFundFlowBill(LocalDate.of(2023, 11, 15), "BASIC", false), rows::add);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v3/bill/fundflowbill?bill_date=2023-11-15&account_type=BASIC");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("收入");
            assertThat(r.amountFen()).isEqualTo(990);
            assertThat(r.balanceFen()).isEqualTo(100990);
            assertThat(r.remark()).isNull();
        });
        assertThat(s.fen("收入金额")).isEqualTo(990);
    }

    @Test
    void noBillForTheDayIsAnError() {
        server.enqueue(kit.signed(400, "{\"code\":\"NO_STATEMENT_EXIST\",\"message\":\"账单文件不存在\"}"));
        assertThatThrownBy(() -> kit.builder(server).build().bills().applyTradeBill(LocalDate.of(2023, 11, 15), "ALL", false))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("NO_STATEMENT_EXIST"));
    }
}
