package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.MutableClock;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trade and fund-flow bills built from the emulator's own orders, refunds and ledger. */
class BillsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T04:00:00Z"));
    private SignedPay pay;
    private String today;

    @BeforeEach
    void start() throws Exception {
        pay = new SignedPay(WxEmulator.builder().clock(clock).start(), clock);
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(8)).toString();
        pay.paid("BILLORDER1", 990);
        pay.paid("BILLORDER2", 1000);
        pay.call("POST", "/v3/refund/domestic/refunds", "{\"out_trade_no\":\"BILLORDER2\",\"out_refund_no\":\"BILLREFUND1\","
                + "\"amount\":{\"refund\":300,\"total\":1000,\"currency\":\"CNY\"}}");
        pay.notification(pay.app.next());
    }

    @AfterEach
    void stop() {
        pay.close();
    }

    private byte[] download(JsonNode apply) throws Exception {
        String url = apply.get("download_url").asText();
        assertThat(url).startsWith(pay.emulator.payBaseUrl() + "/v3/billdownload/file?token=");
        return pay.rawGet(url.substring(pay.emulator.payBaseUrl().length()));
    }

    private static String sha1(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(b));
    }

    @Test
    void theTradeBillListsPaymentsAndRefundsInWeChatsLayoutWithItsDigest() throws Exception {
        JsonNode apply = pay.call("GET", "/v3/bill/tradebill?bill_date=" + today + "&bill_type=ALL", null).json();
        assertThat(apply.get("hash_type").asText()).isEqualTo("SHA1");
        byte[] file = download(apply);
        assertThat(sha1(file)).isEqualTo(apply.get("hash_value").asText());
        List<String> lines = new String(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(BillFiles.TRADE_HEADER).startsWith("交易时间,公众账号ID,商户号");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("`2026-11-20 12:00:00,`" + SignedPay.APP + ",`" + SignedPay.MCH)
                .contains(",`BILLORDER1,`", ",`SUCCESS,`", ",`9.90,`", ",`Ticket, row 3,`", ",`0.06,`0.60%,`");
        assertThat(lines.get(3)).contains(",`REFUND,`", ",`BILLREFUND1,`3.00,`", ",`ORIGINAL,`SUCCESS,`");
        assertThat(lines.get(4)).isEqualTo(BillFiles.TRADE_SUMMARY);
        assertThat(lines.get(5)).isEqualTo("`3,`19.90,`3.00,`0.00,`0.12,`19.90,`3.00");
        for (String cellLine : List.of(lines.get(1), lines.get(2), lines.get(3))) {
            assertThat(cellLine.split(",`", -1)).hasSize(27);
        }

        JsonNode gz = pay.call("GET", "/v3/bill/tradebill?bill_date=" + today + "&bill_type=ALL&tar_type=GZIP", null).json();
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(download(gz))).readAllBytes();
        assertThat(sha1(unzipped)).isEqualTo(gz.get("hash_value").asText()).isEqualTo(sha1(file));

        byte[] success = download(pay.call("GET", "/v3/bill/tradebill?bill_date=" + today + "&bill_type=SUCCESS", null).json());
        assertThat(new String(success, StandardCharsets.UTF_8)).doesNotContain("`REFUND,");
        byte[] refunds = download(pay.call("GET", "/v3/bill/tradebill?bill_date=" + today + "&bill_type=REFUND", null).json());
        assertThat(new String(refunds, StandardCharsets.UTF_8).lines()).hasSize(4);
    }

    @Test
    void theFundFlowBillFollowsTheLedger() throws Exception {
        JsonNode apply = pay.call("GET", "/v3/bill/fundflowbill?bill_date=" + today, null).json();
        byte[] file = download(apply);
        assertThat(sha1(file)).isEqualTo(apply.get("hash_value").asText());
        List<String> lines = new String(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(BillFiles.FUND_HEADER);
        // payment, fee, payment, fee, refund; then the summary header and line
        assertThat(lines).hasSize(8);
        assertThat(lines.get(1)).contains(",`交易,`交易,`收入,`9.90,`100009.90,`system,`");
        assertThat(lines.get(2)).contains(",`扣除交易手续费,`扣除交易手续费,`支出,`0.06,`100009.84,`");
        assertThat(lines.get(5)).contains(",`退款,`退款,`支出,`3.00,`100016.78,`").endsWith(",`BILLREFUND1");
        assertThat(lines.get(7)).isEqualTo("`5,`2,`19.90,`3,`3.12");
        TestHttp.Result fees = pay.call("GET", "/v3/bill/fundflowbill?bill_date=" + today + "&account_type=FEES", null);
        assertThat(fees.json().get("code").asText()).isEqualTo("NO_STATEMENT_EXIST");
    }

    @Test
    void badDatesTypesAndStaleUrlsAreRefused() throws Exception {
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        TestHttp.Result empty = pay.call("GET", "/v3/bill/tradebill?bill_date=" + yesterday, null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asText()).isEqualTo("NO_STATEMENT_EXIST");
        for (String q : List.of("bill_date=2026-13-01", "bill_date=" + LocalDate.parse(today).plusDays(1),
                "bill_date=" + LocalDate.parse(today).minusMonths(4), "bill_date=" + today + "&bill_type=MINE",
                "bill_date=" + today + "&tar_type=ZIP")) {
            assertThat(pay.call("GET", "/v3/bill/tradebill?" + q, null).json().get("code").asText()).as(q)
                    .isEqualTo("PARAM_ERROR");
        }
        assertThat(pay.call("GET", "/v3/bill/fundflowbill?bill_date=" + today + "&account_type=ALL", null).json()
                .get("code").asText()).isEqualTo("PARAM_ERROR");
        String url = pay.call("GET", "/v3/bill/tradebill?bill_date=" + today, null).json().get("download_url").asText();
        TestHttp.Result file = pay.call("GET", url.substring(pay.emulator.payBaseUrl().length()), null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().firstValue("Wechatpay-Signature")).as("bill files are not signed").isEmpty();
        HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        clock.advance(Duration.ofSeconds(31));
        TestHttp.Result stale = pay.call("GET", url.substring(pay.emulator.payBaseUrl().length()), null);
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
    }
}
