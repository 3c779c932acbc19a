package io.wxkit.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.emulator.pay.PaidOrder;
import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.pay.bill.BillDownload;
import io.wxkit.pay.bill.FundFlowBillRow;
import io.wxkit.pay.bill.TradeBillRow;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.notification.PaymentNotification;
import io.wxkit.pay.notification.RefundNotification;
import io.wxkit.pay.notification.TransferNotification;
import io.wxkit.pay.payment.AppPayParams;
import io.wxkit.pay.payment.JsapiPayParams;
import io.wxkit.pay.payment.Order;
import io.wxkit.pay.redpack.RedPacket;
import io.wxkit.pay.redpack.RedPacketInfo;
import io.wxkit.pay.redpack.RedPacketResult;
import io.wxkit.pay.refund.AbnormalRefund;
import io.wxkit.pay.refund.Refund;
import io.wxkit.pay.refund.RefundRequest;
import io.wxkit.pay.transfer.TransferBill;
import io.wxkit.pay.transfer.TransferRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every public method of sdk-pay's entry services against the emulator's WeChat Pay (whose server side is its
 * own implementation): the four prepays, both queries, close, refunds with their notification and the
 * abnormal-refund application, trade and fund-flow bills (download and streaming reader), transfer bills
 * through the user's confirmation and its notification, and v2 red packets over mutual TLS.
 */
@WxEmulatorTest
class EmulatorPayCoverageTest {
    private static final String MCH_ID = "1900000209";
    private static final String APP_ID = "wx3b4c5d6e7f809102";
    private static final String API_V3_KEY = "covApiV3Key0123456789abcdefABCDE";
    private static final String API_V2_KEY = "covApiV2Key0123456789abcdefABCDE";
    private static final HeldCertificate MERCHANT_CERT = new HeldCertificate.Builder().commonName(MCH_ID)
            .serialNumber(0x5A1B2C3DL).rsa2048().build();
    private static final String SERIAL = MERCHANT_CERT.certificate().getSerialNumber().toString(16).toUpperCase();

    WxEmulator wx;
    private WxPay pay;
    private FakeUser payer;
    private HttpServer notifyServer;
    private final BlockingQueue<Captured> notifications = new LinkedBlockingQueue<>();

    @BeforeEach
    void registerMerchantAndStartNotifyUrl() throws Exception {
        wx.control().account(APP_ID, "cov-secret-0123456789abcdef012345", "covtoken", null, null, CallbackMode.PLAIN);
        payer = wx.control().user(APP_ID, "Payer");
        control("/emulator/merchants", "{\"mchId\":\"" + MCH_ID + "\",\"appId\":\"" + APP_ID + "\",\"apiV3Key\":\""
                + API_V3_KEY + "\",\"apiKey\":\"" + API_V2_KEY + "\",\"merchantCertificatePem\":"
                + quoted(MERCHANT_CERT.certificatePem()) + "}");
        notifyServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notifyServer.createContext("/pay/notify", exchange -> {
            try (exchange) {
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                notifications.add(new Captured(headers,
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        notifyServer.start();
        pay = builder().baseUrl(wx.payBaseUrl()).build();
    }

    @AfterEach
    void stop() {
        notifyServer.stop(0);
        pay.close();
    }

    @Test
    void everyPrepayKindIsAnsweredAndItsOrderQueryableByEitherNumber() {
        JsapiPayParams jsapi = pay.jsapi().prepay(order("COV-JSAPI-1", 101).build(payer.openid()));
        assertThat(pay.jsapi().payParams(APP_ID, jsapi.prepayId()).prepayId()).isEqualTo(jsapi.prepayId());
        assertThat(pay.jsapi().prepay(order("COV-JSAPI-2", 102).build(payer.openid()), APP_ID).appId()).isEqualTo(APP_ID);
        assertThat(pay.nativePay().prepay(order("COV-NATIVE-1", 103).build(null))).startsWith("weixin://");
        assertThat(pay.h5().prepay(order("COV-H5-1", 104).build(null).payerClientIp("203.0.113.7"))).startsWith("http");
        AppPayParams app = pay.app().prepay(order("COV-APP-1", 105).build(null));
        assertThat(app.appId()).isEqualTo(APP_ID);
        assertThat(app.partnerId()).isEqualTo(MCH_ID);
        assertThat(pay.app().prepay(order("COV-APP-2", 106).build(null), APP_ID).appId()).isEqualTo(APP_ID);

        for (String no : List.of("COV-JSAPI-1", "COV-NATIVE-1", "COV-H5-1", "COV-APP-1")) {
            PaidOrder paid = wx.control().pay(no);
            assertThat(pay.transactions().queryByTransactionId(paid.transactionId()).outTradeNo()).isEqualTo(no);
            assertThat(pay.transactions().queryByOutTradeNo(no).isPaid()).isTrue();
        }
        assertThat(pay.transactions().queryByOutTradeNo("COV-NATIVE-1").tradeType()).isEqualTo("NATIVE");
        assertThat(pay.transactions().queryByOutTradeNo("COV-H5-1").tradeType()).isEqualTo("MWEB");
        assertThat(pay.transactions().queryByOutTradeNo("COV-APP-1").tradeType()).isEqualTo("APP");
        pay.transactions().close("COV-JSAPI-2");
        assertThat(pay.transactions().queryByOutTradeNo("COV-JSAPI-2").tradeState()).isEqualTo("CLOSED");
    }

    @Test
    void aPaymentNotificationIsParsedTypedAndMatchedWithItsOrder() throws Exception {
        pay.jsapi().prepay(order("COV-NOTIFY-1", 990).build(payer.openid()));
        wx.control().pay("COV-NOTIFY-1");
        Captured c = next();

        PaymentNotification n = pay.notifications().parsePayment(c.headers, c.body);
        assertThat(n.outTradeNo()).isEqualTo("COV-NOTIFY-1");
        Notification typed = pay.notifications().parse(c.headers, c.body);
        assertThat(typed).isInstanceOf(PaymentNotification.class);
        assertThat(pay.notifications().expectedOrder("COV-NOTIFY-1", 990).check(n).isMatch()).isTrue();
        assertThat(pay.notifications().expectedOrder("COV-NOTIFY-1", 991).check(n).isMatch()).isFalse();
    }

    @Test
    void aHeldRefundFinishesWithANotificationAndAnAbnormalOneIsRedirected() throws Exception {
        control("/emulator/pay/options", "{\"refunds\":\"manual\"}");
        pay.jsapi().prepay(order("COV-REFUND-1", 800).build(payer.openid()));
        PaidOrder paid = wx.control().pay("COV-REFUND-1");
        next(); // the payment notification
        Refund held = pay.refunds().create(RefundRequest.ofOutTradeNo("COV-REFUND-1", "COV-RF-1", 300, 800));
        assertThat(held.status()).isEqualTo("PROCESSING");

        wx.control().finishRefund("COV-RF-1", "SUCCESS");
        RefundNotification rn = pay.notifications().parseRefund(next().headers, lastBody);
        assertThat(rn.outRefundNo()).isEqualTo("COV-RF-1");
        assertThat(rn.refundStatus()).isEqualTo("SUCCESS");
        assertThat(rn.refundFen()).isEqualTo(300);
        assertThat(pay.refunds().query("COV-RF-1").isSuccess()).isTrue();

        Refund second = pay.refunds().create(RefundRequest.ofTransactionId(paid.transactionId(), "COV-RF-2", 200, 800));
        wx.control().finishRefund("COV-RF-2", "ABNORMAL");
        next();
        assertThat(pay.refunds().query("COV-RF-2").isAbnormal()).isTrue();
        Refund redirected = pay.refunds().applyAbnormalRefund(second.refundId(), "COV-RF-2",
                AbnormalRefund.toMerchantBankCard());
        assertThat(redirected.outRefundNo()).isEqualTo("COV-RF-2");
        assertThat(redirected.isAbnormal()).isFalse();
    }

    @Test
    void todaysTradeAndFundFlowBillsListThePaymentAndDownloadIntact() {
        pay.jsapi().prepay(order("COV-BILL-1", 1234).build(payer.openid()));
        PaidOrder paid = wx.control().pay("COV-BILL-1");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        for (boolean gzip : new boolean[] {false, true}) {
            BillDownload trade = pay.bills().applyTradeBill(today, "ALL", gzip);
            assertThat(trade.hashType()).isEqualTo("SHA1");
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            assertThat(pay.bills().download(trade, raw)).isEqualTo(raw.size()).isPositive();
            List<TradeBillRow> rows = new ArrayList<>();
            pay.bills().readTradeBill(trade, rows::add);
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.transactionId()).isEqualTo(paid.transactionId());
                assertThat(r.outTradeNo()).isEqualTo("COV-BILL-1");
            });
        }
        List<FundFlowBillRow> flows = new ArrayList<>();
        pay.bills().readFundFlowBill(pay.bills().applyFundFlowBill(today, "BASIC", true), flows::add);
        // the 收支金额（元） / 账户结余（元） headers are read: the payment's credit and a balance above it
        assertThat(flows).anySatisfy(f -> {
            assertThat(f.transactionId()).isEqualTo(paid.transactionId());
            assertThat(f.amountFen()).isPositive().isLessThanOrEqualTo(1234);
            assertThat(f.balanceFen()).isGreaterThanOrEqualTo(f.amountFen());
        });
    }

    @Test
    void aTransferAwaitsTheUserWhoConfirmsOrDeclinesAndTheMerchantCanCancel() throws Exception {
        TransferBill created = pay.transfers().create(transfer("COVTR1", 150));
        assertThat(created.awaitsUserConfirmation()).isTrue();
        assertThat(created.packageInfo()).isNotBlank();
        assertThat(pay.transfers().queryByTransferBillNo(created.transferBillNo()).outBillNo()).isEqualTo("COVTR1");

        wx.control().answerTransfer("COVTR1", true);
        TransferNotification tn = pay.notifications().parseTransfer(next().headers, lastBody);
        assertThat(tn.bill().mchId()).isEqualTo(MCH_ID);
        assertThat(tn.bill().state()).isEqualTo("SUCCESS");
        assertThat(pay.transfers().queryByOutBillNo("COVTR1").state()).isEqualTo("SUCCESS");

        pay.transfers().create(transfer("COVTR2", 160));
        wx.control().answerTransfer("COVTR2", false);
        assertThat(pay.notifications().parseTransfer(next().headers, lastBody).bill().state()).isEqualTo("CANCELLED");

        pay.transfers().create(transfer("COVTR3", 170));
        pay.transfers().cancel("COVTR3");
        assertThat(pay.transfers().queryByOutBillNo("COVTR3").state()).isIn("CANCELING", "CANCELLED");
    }

    @Test
    void redPacketsAreSentOverMutualTlsOpenedAndQueried() throws Exception {
        try (WxPay v2 = builder().baseUrl(wx.payTlsBaseUrl()).apiV2Key(API_V2_KEY)
                .merchantCertificate(pkcs12(), MCH_ID).tlsTrustManager(trustEmulator()).build()) {
            RedPacketResult sent = v2.redPackets().send(RedPacket.of("COV" + MCH_ID + "0001", "wxkit", payer.openid(),
                    188, "Thanks", "Coverage", "remark").clientIp("127.0.0.1"));
            assertThat(sent.resultCode()).isEqualTo("SUCCESS");
            assertThat(v2.redPackets().query("COV" + MCH_ID + "0001").status()).isIn("SENT", "SENDING");

            assertThat(wx.control().openRedPacket("COV" + MCH_ID + "0001", payer.openid())).isEqualTo(188);
            RedPacketInfo opened = v2.redPackets().query("COV" + MCH_ID + "0001");
            assertThat(opened.status()).isEqualTo("RECEIVED");
            assertThat(opened.hbList().hbInfo()).singleElement().satisfies(r -> assertThat(r.amountFen()).isEqualTo(188));

            FakeUser friend = wx.control().user(APP_ID, "Friend");
            RedPacketResult group = v2.redPackets().sendGroup(RedPacket.group("COV" + MCH_ID + "0002", "wxkit",
                    payer.openid(), 300, 3, "Share", "Coverage", "remark"));
            assertThat(group.resultCode()).isEqualTo("SUCCESS");
            long first = wx.control().openRedPacket("COV" + MCH_ID + "0002", friend.openid());
            assertThat(first).isBetween(1L, 298L);
        }
    }

    private volatile String lastBody;

    private Captured next() throws InterruptedException {
        Captured c = notifications.poll(10, TimeUnit.SECONDS);
        assertThat(c).as("a notification reached notify_url").isNotNull();
        lastBody = c.body;
        return c;
    }

    private WxPay.Builder builder() {
        return WxPay.builder().mchId(MCH_ID).appId(APP_ID)
                .merchantKey(pem("PRIVATE KEY", MERCHANT_CERT.keyPair().getPrivate().getEncoded()), SERIAL)
                .apiV3Key(API_V3_KEY).notifyUrl(notifyUrl()).platformPublicKey(platform().publicKeyId(), platform().publicKeyPem());
    }

    private PlatformKeys platform() {
        return wx.control().platform();
    }

    private javax.net.ssl.X509TrustManager trustEmulator() throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(platform().tlsCertificatePem().getBytes(StandardCharsets.US_ASCII)));
        return new HandshakeCertificates.Builder().addTrustedCertificate(cert).build().trustManager();
    }

    private static byte[] pkcs12() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("apiclient", MERCHANT_CERT.keyPair().getPrivate(), MCH_ID.toCharArray(),
                new Certificate[] {MERCHANT_CERT.certificate()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.store(out, MCH_ID.toCharArray());
        return out.toByteArray();
    }

    private TransferRequest transfer(String outBillNo, long fen) {
        return TransferRequest.of(outBillNo, "1000", payer.openid(), fen, "Coverage payout")
                .reportInfo("活动名称", "Coverage").reportInfo("奖励说明", "Test reward").notifyUrl(notifyUrl());
    }

    private OrderFor order(String no, int fen) {
        return openid -> (openid == null ? Order.of(no, "Ticket", fen) : Order.of(no, "Ticket", fen, openid))
                .notifyUrl(notifyUrl());
    }

    private interface OrderFor {
        Order build(String openid);
    }

    private String notifyUrl() {
        return "http://127.0.0.1:" + notifyServer.getAddress().getPort() + "/pay/notify";
    }

    private void control(String path, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(wx.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private record Captured(Map<String, String> headers, String body) {}
}
