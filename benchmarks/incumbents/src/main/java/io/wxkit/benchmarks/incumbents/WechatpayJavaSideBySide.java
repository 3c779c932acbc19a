package io.wxkit.benchmarks.incumbents;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import io.wxkit.benchmarks.shared.Answers;
import io.wxkit.benchmarks.shared.Inputs;
import io.wxkit.benchmarks.shared.WechatSide;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tencent's wechatpay-java 0.2.17: {@code NotificationParser.parse(.., Transaction.class)} on the same
 * notifications as wxkit's {@code parsePayment}, with the parser built once, as its README advises.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WechatpayJavaSideBySide {
    private WechatSide.Notification[] notifications;
    private int next;
    private NotificationParser parser;

    @Setup
    public void prepare() {
        notifications = WechatSide.paymentNotifications(System.currentTimeMillis() / 1000);
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder().merchantId(Inputs.MCH_ID)
                .privateKey(WechatSide.pem("TEST-ONLY-merchant-apiclient_key.pem"))
                .merchantSerialNumber(Inputs.MERCHANT_SERIAL)
                .publicKey(WechatSide.pem("TEST-ONLY-platform_pub.pem")).publicKeyId(Inputs.PUBLIC_KEY_ID)
                .apiV3Key(Inputs.API_V3_KEY).build();
        parser = new NotificationParser(config);
        Transaction t = paymentNotification();
        Answers.payment(notifications[0], t.getOutTradeNo(), t.getTradeState().name(), t.getAmount().getTotal());
        next = 0;
    }

    @Benchmark
    public Transaction paymentNotification() {
        WechatSide.Notification n = notifications[next];
        next = (next + 1) % notifications.length;
        RequestParam p = new RequestParam.Builder().serialNumber(n.header("Wechatpay-Serial"))
                .nonce(n.header("Wechatpay-Nonce")).signature(n.header("Wechatpay-Signature"))
                .timestamp(n.header("Wechatpay-Timestamp")).signType(n.header("Wechatpay-Signature-Type"))
                .body(n.body()).build();
        return parser.parse(p, Transaction.class);
    }
}
