package io.wxkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.binarywang.wxpay.bean.notify.SignatureHeader;
import com.github.binarywang.wxpay.bean.notify.WxPayNotifyV3Result;
import com.github.binarywang.wxpay.bean.notify.WxPayRefundNotifyV3Result;
import com.github.binarywang.wxpay.bean.request.WxPayRefundV3Request;
import com.github.binarywang.wxpay.bean.request.WxPayUnifiedOrderV3Request;
import com.github.binarywang.wxpay.bean.result.enums.TradeTypeEnum;
import com.github.binarywang.wxpay.config.WxPayConfig;
import com.github.binarywang.wxpay.exception.WxPayException;
import com.github.binarywang.wxpay.service.WxPayService;
import com.github.binarywang.wxpay.service.impl.WxPayServiceImpl;
import io.wxkit.emulator.WxEmulator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * WxJava 4.7.0's {@code WxPayService} (APIv3, WeChat Pay public-key mode) against the emulator, reached as
 * its HTTP proxy: its own signer, response validator and notification parsers.
 */
class WxJavaPayTest {
    private WxEmulator emulator;
    private NotifyServer notifyServer;
    private Control control;
    private WxPayService pay;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        notifyServer = NotifyServer.start();
        control = new Control(emulator.baseUrl());
        Control.Platform platform = control.registerMerchant();
        WxPayConfig config = new WxPayConfig();
        config.setAppId(Merchant.APP_ID);
        config.setMchId(Merchant.MCH_ID);
        config.setApiV3Key(Merchant.API_V3_KEY);
        config.setCertSerialNo(Merchant.SERIAL);
        // the *Content setters take the PEM files' bytes (the *String ones expect them Base64-encoded again)
        config.setPrivateKeyContent(Merchant.privateKeyPem().getBytes(StandardCharsets.US_ASCII));
        config.setPrivateCertContent(Merchant.certificatePem().getBytes(StandardCharsets.US_ASCII));
        config.setPublicKeyId(platform.publicKeyId());
        config.setPublicKeyContent(platform.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
        // WxJava signs only requests to *.mch.weixin.qq.com, so it keeps WeChat's host name and reaches the
        // emulator as its HTTP proxy (an absolute-form request line; the signature covers path and query only)
        config.setPayBaseUrl("http://api.mch.weixin.qq.com");
        config.setHttpProxyHost("127.0.0.1");
        config.setHttpProxyPort(emulator.port());
        pay = new WxPayServiceImpl();
        pay.setConfig(config);
    }

    @AfterEach
    void stop() {
        notifyServer.close();
        emulator.close();
    }

    private WxPayUnifiedOrderV3Request order(String outTradeNo) {
        return new WxPayUnifiedOrderV3Request().setAppid(Merchant.APP_ID).setMchid(Merchant.MCH_ID)
                .setDescription("QQ公仔").setOutTradeNo(outTradeNo).setNotifyUrl(notifyServer.url())
                .setAmount(new WxPayUnifiedOrderV3Request.Amount().setTotal(100).setCurrency("CNY"))
                .setPayer(new WxPayUnifiedOrderV3Request.Payer().setOpenid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
    }

    private static SignatureHeader header(NotifyServer.Received n) {
        return new SignatureHeader(n.header("Wechatpay-Timestamp"), n.header("Wechatpay-Nonce"),
                n.header("Wechatpay-Signature"), n.header("Wechatpay-Serial"));
    }

    @Test
    void prepayQueryAndCloseIncludingThe204() throws WxPayException {
        assertThat(pay.unifiedOrderV3(TradeTypeEnum.JSAPI, order("T20261202201")).getPrepayId()).startsWith("wx");
        assertThat(pay.queryOrderV3(null, "T20261202201").getTradeState()).isEqualTo("NOTPAY");
        pay.closeOrderV3("T20261202201"); // 204: WxJava 4.7 reads the Content-Type of every answer
        assertThat(pay.queryOrderV3(null, "T20261202201").getTradeState()).isEqualTo("CLOSED");
    }

    @Test
    void payAndRefundNotificationsAreVerifiedAndDecryptedByItsParsers() throws WxPayException {
        pay.unifiedOrderV3(TradeTypeEnum.JSAPI, order("T20261202202"));
        String transactionId = control.pay("T20261202202");
        NotifyServer.Received paidNote = notifyServer.next();
        WxPayNotifyV3Result paid = pay.parseOrderNotifyV3Result(paidNote.body(), header(paidNote));
        assertThat(paid.getResult().getOutTradeNo()).isEqualTo("T20261202202");
        assertThat(paid.getResult().getTransactionId()).isEqualTo(transactionId);
        assertThat(paid.getResult().getTradeState()).isEqualTo("SUCCESS");

        WxPayRefundV3Request refund = new WxPayRefundV3Request().setOutTradeNo("T20261202202")
                .setOutRefundNo("R20261202202").setReason("商品已售完").setNotifyUrl(notifyServer.url())
                .setAmount(new WxPayRefundV3Request.Amount().setRefund(60).setTotal(100).setCurrency("CNY"));
        assertThat(pay.refundV3(refund).getOutRefundNo()).isEqualTo("R20261202202");
        NotifyServer.Received refundNote = notifyServer.next();
        WxPayRefundNotifyV3Result refunded = pay.parseRefundNotifyV3Result(refundNote.body(), header(refundNote));
        assertThat(refunded.getResult().getOutRefundNo()).isEqualTo("R20261202202");
        assertThat(refunded.getResult().getRefundStatus()).isEqualTo("SUCCESS");
    }
}
