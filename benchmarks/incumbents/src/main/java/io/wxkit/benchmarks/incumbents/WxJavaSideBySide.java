package io.wxkit.benchmarks.incumbents;

import com.github.binarywang.wxpay.bean.notify.SignatureHeader;
import com.github.binarywang.wxpay.bean.notify.WxPayNotifyV3Result;
import com.github.binarywang.wxpay.config.WxPayConfig;
import com.github.binarywang.wxpay.constant.WxPayConstants;
import com.github.binarywang.wxpay.exception.WxPayException;
import com.github.binarywang.wxpay.service.WxPayService;
import com.github.binarywang.wxpay.service.impl.WxPayServiceImpl;
import com.github.binarywang.wxpay.util.SignUtils;
import io.wxkit.benchmarks.shared.Answers;
import io.wxkit.benchmarks.shared.Inputs;
import io.wxkit.benchmarks.shared.WechatSide;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.api.WxMessageInMemoryDuplicateChecker;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpMessageRouter;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * WxJava 4.7.0's side of the side-by-side run: the same method names, inputs and answer checks as
 * wxkit's {@code WxkitSideBySide}, each path written the way WxJava's own demo
 * ({@code weixin-java-mp-demo}'s portal controller) and documentation use it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WxJavaSideBySide {
    private WechatSide.Callback[] plain;
    private WechatSide.Callback[] safe;
    private int nextPlain;
    private int nextSafe;
    private WxMpService mp;
    private WxMpDefaultConfigImpl config;
    private WxMpMessageRouter plainRouter;
    private WxMpMessageRouter safeRouter;
    private WechatSide.Notification[] notifications;
    private int nextNotification;
    private WxPayService pay;
    private Map<String, String> redPacket;
    private WxMpTemplateMessage template;

    @Setup
    public void prepare() throws WxPayException {
        plain = WechatSide.callbacks(false);
        safe = WechatSide.callbacks(true);
        config = new WxMpDefaultConfigImpl();
        config.setAppId(Inputs.APP_ID);
        config.setToken(Inputs.TOKEN);
        config.setAesKey(Inputs.AES_KEY);
        mp = new WxMpServiceImpl();
        mp.setWxMpConfigStorage(config);
        plainRouter = router(mp);
        safeRouter = router(mp);
        notifications = WechatSide.paymentNotifications(System.currentTimeMillis() / 1000);
        pay = payService();
        redPacket = Inputs.redPacketFields();
        List<WxMpTemplateData> data = new ArrayList<>();
        Inputs.templateData().forEach((k, v) -> data.add(new WxMpTemplateData(k, v, Inputs.TEMPLATE_COLOR)));
        template = WxMpTemplateMessage.builder().toUser(Inputs.OPENID).templateId(Inputs.TEMPLATE_ID)
                .url(Inputs.TEMPLATE_URL).data(data).build();
        Answers.plainReply(plainCallback(), null);
        Answers.safeReply(safeCallback(), null);
        WxPayNotifyV3Result.DecryptNotifyResult r = paymentNotification().getResult();
        Answers.payment(notifications[0], r.getOutTradeNo(), r.getTradeState(), r.getAmount().getTotal());
        Answers.v2Sign(v2SignMd5(), false);
        Answers.v2Sign(v2SignHmacSha256(), true);
        Answers.templateJson(new String(templateJson(), StandardCharsets.UTF_8));
        plainRouter.setMessageDuplicateChecker(new WxMessageInMemoryDuplicateChecker());
        safeRouter.setMessageDuplicateChecker(new WxMessageInMemoryDuplicateChecker());
        nextPlain = 0;
        nextSafe = 0;
        nextNotification = 0;
    }

    private static WxMpMessageRouter router(WxMpService mp) {
        WxMpMessageRouter router = new WxMpMessageRouter(mp);
        // its default checker is one JVM-wide singleton: each router gets its own, as each wxkit handler has
        router.setMessageDuplicateChecker(new WxMessageInMemoryDuplicateChecker());
        router.rule().async(false).msgType(WxConsts.XmlMsgType.TEXT).matcher(m -> m.getContent().startsWith("order"))
                .handler((m, context, service, sessions) -> WxMpXmlOutMessage.TEXT().content(Inputs.REPLY)
                        .fromUser(m.getToUser()).toUser(m.getFromUser()).build())
                .end();
        return router;
    }

    private static WxPayService payService() {
        WxPayConfig c = new WxPayConfig();
        c.setAppId(Inputs.PAY_APP_ID);
        c.setMchId(Inputs.MCH_ID);
        c.setApiV3Key(Inputs.API_V3_KEY);
        c.setCertSerialNo(Inputs.MERCHANT_SERIAL);
        c.setPrivateKeyContent(WechatSide.pem("TEST-ONLY-merchant-apiclient_key.pem").getBytes(StandardCharsets.US_ASCII));
        c.setPrivateCertContent(WechatSide.pem("TEST-ONLY-merchant-apiclient_cert.pem").getBytes(StandardCharsets.US_ASCII));
        c.setPublicKeyId(Inputs.PUBLIC_KEY_ID);
        c.setPublicKeyContent(WechatSide.pem("TEST-ONLY-platform_pub.pem").getBytes(StandardCharsets.US_ASCII));
        WxPayService s = new WxPayServiceImpl();
        s.setConfig(c);
        return s;
    }

    /** WxJava's demo: checkSignature, fromEncryptedXml (msg_signature, decrypt, parse), route, toEncryptedXml. */
    @Benchmark
    public String safeCallback() {
        if (nextSafe == Inputs.POOL) { // a fresh duplicate checker so that no message is ever a duplicate
            nextSafe = 0;
            safeRouter.setMessageDuplicateChecker(new WxMessageInMemoryDuplicateChecker());
        }
        WechatSide.Callback c = safe[nextSafe++];
        if (!mp.checkSignature(c.param("timestamp"), c.param("nonce"), c.param("signature"))) {
            throw new IllegalArgumentException("bad signature");
        }
        WxMpXmlMessage in = WxMpXmlMessage.fromEncryptedXml(c.body(), config, c.param("timestamp"), c.param("nonce"),
                c.param("msg_signature"));
        WxMpXmlOutMessage out = safeRouter.route(in);
        return out == null ? "success" : out.toEncryptedXml(config);
    }

    /** WxJava's demo: checkSignature, fromXml, route, toXml. */
    @Benchmark
    public String plainCallback() {
        if (nextPlain == Inputs.POOL) {
            nextPlain = 0;
            plainRouter.setMessageDuplicateChecker(new WxMessageInMemoryDuplicateChecker());
        }
        WechatSide.Callback c = plain[nextPlain++];
        if (!mp.checkSignature(c.param("timestamp"), c.param("nonce"), c.param("signature"))) {
            throw new IllegalArgumentException("bad signature");
        }
        WxMpXmlOutMessage out = plainRouter.route(WxMpXmlMessage.fromXml(c.body()));
        return out == null ? "success" : out.toXml();
    }

    /** {@code parseOrderNotifyV3Result}: signature (public key mode), AES-GCM, binding. */
    @Benchmark
    public WxPayNotifyV3Result paymentNotification() throws WxPayException {
        WechatSide.Notification n = notifications[nextNotification];
        nextNotification = (nextNotification + 1) % notifications.length;
        SignatureHeader h = SignatureHeader.builder().timeStamp(n.header("Wechatpay-Timestamp"))
                .nonce(n.header("Wechatpay-Nonce")).signature(n.header("Wechatpay-Signature"))
                .serial(n.header("Wechatpay-Serial")).build();
        return pay.parseOrderNotifyV3Result(n.body(), h);
    }

    @Benchmark
    public String v2SignMd5() {
        return SignUtils.createSign(redPacket, WxPayConstants.SignType.MD5, Inputs.API_V2_KEY, null);
    }

    @Benchmark
    public String v2SignHmacSha256() {
        return SignUtils.createSign(redPacket, WxPayConstants.SignType.HMAC_SHA256, Inputs.API_V2_KEY, null);
    }

    /** {@code toJson()} and the UTF-8 bytes WxJava's HTTP client sends. */
    @Benchmark
    public byte[] templateJson() {
        return template.toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** WxJava's in-memory config holding one valid token, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Tokens {
        WxMpService mp;

        @Setup
        public void cacheOneToken() throws WxErrorException {
            WxMpDefaultConfigImpl c = new WxMpDefaultConfigImpl();
            c.setAppId(Inputs.APP_ID);
            c.updateAccessToken(Inputs.ACCESS_TOKEN, 7200);
            mp = new WxMpServiceImpl();
            mp.setWxMpConfigStorage(c);
            Answers.token(mp.getAccessToken());
        }
    }

    @Benchmark
    @Threads(1)
    public String token1Thread(Tokens t) throws WxErrorException {
        return t.mp.getAccessToken();
    }

    @Benchmark
    @Threads(8)
    public String token8Threads(Tokens t) throws WxErrorException {
        return t.mp.getAccessToken();
    }

    @Benchmark
    @Threads(32)
    public String token32Threads(Tokens t) throws WxErrorException {
        return t.mp.getAccessToken();
    }
}
