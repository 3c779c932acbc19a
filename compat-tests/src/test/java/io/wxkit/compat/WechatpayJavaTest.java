package io.wxkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.jsapi.JsapiService;
import com.wechat.pay.java.service.payments.jsapi.model.Amount;
import com.wechat.pay.java.service.payments.jsapi.model.CloseOrderRequest;
import com.wechat.pay.java.service.payments.jsapi.model.Payer;
import com.wechat.pay.java.service.payments.jsapi.model.PrepayRequest;
import com.wechat.pay.java.service.payments.jsapi.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.RefundNotification;
import com.wechat.pay.java.service.refund.model.Status;
import io.wxkit.emulator.WxEmulator;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tencent's official {@code wechatpay-java} 0.2.17 against the emulator: its own signer, its own response
 * validator (which looks the {@code Wechatpay-*} headers up case-sensitively) and its own
 * {@link NotificationParser}. Only the transport is redirected, from api.mch.weixin.qq.com to the emulator.
 */
class WechatpayJavaTest {
    private WxEmulator emulator;
    private NotifyServer notifyServer;
    private Control control;
    private RSAPublicKeyConfig config;
    private JsapiService jsapi;
    private RefundService refunds;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        notifyServer = NotifyServer.start();
        control = new Control(emulator.baseUrl());
        Control.Platform platform = control.registerMerchant();
        config = new RSAPublicKeyConfig.Builder().merchantId(Merchant.MCH_ID)
                .privateKey(Merchant.privateKeyPem()).merchantSerialNumber(Merchant.SERIAL)
                .publicKey(platform.publicKeyPem()).publicKeyId(platform.publicKeyId())
                .apiV3Key(Merchant.API_V3_KEY).build();
        HttpClient http = new DefaultHttpClientBuilder().config(config).okHttpClient(toEmulator()).build();
        jsapi = new JsapiService.Builder().httpClient(http).build();
        refunds = new RefundService.Builder().httpClient(http).build();
    }

    @AfterEach
    void stop() {
        notifyServer.close();
        emulator.close();
    }

    /** An OkHttp 4 client that sends every https://api.mch.weixin.qq.com call to the emulator's port. */
    private OkHttpClient toEmulator() {
        HttpUrl base = HttpUrl.get(emulator.payBaseUrl());
        return new OkHttpClient.Builder().readTimeout(20, TimeUnit.SECONDS)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .url(chain.request().url().newBuilder().scheme(base.scheme()).host(base.host())
                                .port(base.port()).build())
                        .build()))
                .build();
    }

    private PrepayRequest prepay(String outTradeNo) {
        PrepayRequest r = new PrepayRequest();
        r.setAppid(Merchant.APP_ID);
        r.setMchid(Merchant.MCH_ID);
        r.setDescription("Image形象店-深圳腾大-QQ公仔");
        r.setOutTradeNo(outTradeNo);
        r.setNotifyUrl(notifyServer.url());
        Amount amount = new Amount();
        amount.setTotal(100);
        amount.setCurrency("CNY");
        r.setAmount(amount);
        Payer payer = new Payer();
        payer.setOpenid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        r.setPayer(payer);
        return r;
    }

    private Transaction query(String outTradeNo) {
        QueryOrderByOutTradeNoRequest q = new QueryOrderByOutTradeNoRequest();
        q.setMchid(Merchant.MCH_ID);
        q.setOutTradeNo(outTradeNo);
        return jsapi.queryOrderByOutTradeNo(q);
    }

    private <T> T parse(NotifyServer.Received n, Class<T> type) {
        RequestParam p = new RequestParam.Builder().serialNumber(n.header("Wechatpay-Serial"))
                .nonce(n.header("Wechatpay-Nonce")).signature(n.header("Wechatpay-Signature"))
                .timestamp(n.header("Wechatpay-Timestamp")).signType(n.header("Wechatpay-Signature-Type"))
                .body(n.body()).build();
        return new NotificationParser(config).parse(p, type);
    }

    @Test
    void prepayQueryAndCloseAreAcceptedByItsResponseValidator() {
        assertThat(jsapi.prepay(prepay("T20261202101")).getPrepayId()).startsWith("wx");
        Transaction open = query("T20261202101");
        assertThat(open.getTradeState()).isEqualTo(Transaction.TradeStateEnum.NOTPAY);
        assertThat(open.getOutTradeNo()).isEqualTo("T20261202101");

        CloseOrderRequest close = new CloseOrderRequest();
        close.setMchid(Merchant.MCH_ID);
        close.setOutTradeNo("T20261202101");
        jsapi.closeOrder(close); // 204: the validator checks the signature over the empty body
        assertThat(query("T20261202101").getTradeState()).isEqualTo(Transaction.TradeStateEnum.CLOSED);
    }

    @Test
    void documentedErrorsArriveAsItsServiceException() {
        assertThatThrownBy(() -> query("NO_SUCH_ORDER_1"))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.getHttpStatusCode()).isEqualTo(404);
                    assertThat(e.getErrorCode()).isEqualTo("ORDER_NOT_EXIST");
                });
    }

    @Test
    void aPaymentNotificationIsVerifiedAndDecryptedByItsNotificationParser() {
        jsapi.prepay(prepay("T20261202102"));
        String transactionId = control.pay("T20261202102");

        Transaction paid = parse(notifyServer.next(), Transaction.class);
        assertThat(paid.getOutTradeNo()).isEqualTo("T20261202102");
        assertThat(paid.getTransactionId()).isEqualTo(transactionId);
        assertThat(paid.getTradeState()).isEqualTo(Transaction.TradeStateEnum.SUCCESS);
        assertThat(paid.getAmount().getTotal()).isEqualTo(100);
        assertThat(query("T20261202102").getTradeState()).isEqualTo(Transaction.TradeStateEnum.SUCCESS);
    }

    @Test
    void aRefundAndItsNotificationGoThroughItsOwnModels() {
        jsapi.prepay(prepay("T20261202103"));
        control.pay("T20261202103");
        notifyServer.next();

        CreateRequest refund = new CreateRequest();
        refund.setOutTradeNo("T20261202103");
        refund.setOutRefundNo("R20261202103");
        refund.setReason("商品已售完");
        refund.setNotifyUrl(notifyServer.url());
        AmountReq amount = new AmountReq();
        amount.setRefund(60L);
        amount.setTotal(100L);
        amount.setCurrency("CNY");
        refund.setAmount(amount);
        assertThat(refunds.create(refund).getOutRefundNo()).isEqualTo("R20261202103");

        RefundNotification n = parse(notifyServer.next(), RefundNotification.class);
        assertThat(n.getOutRefundNo()).isEqualTo("R20261202103");
        assertThat(n.getRefundStatus()).isEqualTo(Status.SUCCESS);
        assertThat(n.getAmount().getRefund()).isEqualTo(60L);
    }
}
