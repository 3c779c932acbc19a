package io.wxkit.archtests.migration;

import io.lettuce.core.RedisURI;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Subscribe;
import io.wxkit.core.message.Text;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.callback.CallbackResponse;
import io.wxkit.mp.jssdk.JsSdkConfig;
import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.Menu;
import io.wxkit.mp.oauth.Lang;
import io.wxkit.mp.oauth.OAuthToken;
import io.wxkit.mp.oauth.OAuthUser;
import io.wxkit.mp.oauth.Scope;
import io.wxkit.mp.template.TemplateMessage;
import io.wxkit.mp.user.UserInfo;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.PaymentNotification;
import io.wxkit.pay.notification.RefundNotification;
import io.wxkit.pay.payment.JsapiPayParams;
import io.wxkit.pay.payment.Order;
import io.wxkit.pay.redpack.RedPacket;
import io.wxkit.pay.redpack.RedPacketResult;
import io.wxkit.pay.refund.Refund;
import io.wxkit.pay.refund.RefundRequest;
import io.wxkit.pay.transfer.TransferBill;
import io.wxkit.pay.transfer.TransferRequest;
import io.wxkit.redis.RedisStores;
import java.util.Map;

/**
 * The wxkit side of docs/migrating-from-wxjava.md. Each region between {@code tag::name[]} and
 * {@code end::name[]} is quoted verbatim by the guide ({@link MigrationGuideTest} fails when they differ), so
 * every snippet a reader copies has compiled against the current API. The methods are never run: they
 * would need a WeChat account; the calls themselves are covered by each module's own tests.
 */
@SuppressWarnings("unused")
final class MigrationSnippets {

    private MigrationSnippets() {
    }

    static WxMp account(String appId, String secret, String token, String aesKey) {
        // tag::mp-build[]
        WxMp mp = WxMp.builder()
                .appId(appId).secret(secret)
                .token(token).encodingAesKey(aesKey)   // only for callbacks
                .build();                              // immutable: build once, share everywhere
        // end::mp-build[]
        return mp;
    }

    static void menu(WxMp mp) {
        // tag::menu[]
        mp.menu().create(Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com")));
        mp.menu().delete();
        // end::menu[]
    }

    static long template(WxMp mp, String openid, String templateId) {
        // tag::template[]
        long msgId = mp.templates().send(TemplateMessage.to(openid, templateId)
                .data("thing1", "Meeting at 3pm").url("https://example.com/meetings/42"));
        // end::template[]
        return msgId;
    }

    static UserInfo user(WxMp mp, String openid) {
        // tag::user[]
        UserInfo user = mp.users().get(openid);
        for (String follower : mp.users().followers()) {   // pages of 10 000 fetched as you iterate
            System.out.println(follower);
        }
        // end::user[]
        return user;
    }

    static OAuthUser oauth(WxMp mp, String state, String code) {
        // tag::oauth[]
        String url = mp.oauth().authorizeUrl("https://shop.example.com/wx/callback", Scope.USERINFO, state);
        OAuthToken token = mp.oauth().exchangeCode(code);
        OAuthUser user = mp.oauth().userInfo(token, Lang.ZH_CN);
        // end::oauth[]
        return user;
    }

    static JsSdkConfig jssdk(WxMp mp) {
        // tag::jssdk[]
        JsSdkConfig config = mp.jssdk().config("https://shop.example.com/page?id=1");
        // end::jssdk[]
        return config;
    }

    static CallbackResponse router(WxMp mp, String method, Map<String, String> query, String body) {
        // tag::router[]
        CallbackHandler callback = mp.callback()
                .onEvent(Subscribe.class, e -> Reply.text(e, "Welcome!"))
                .onEvent(Click.class, "NEWS", e -> Reply.text(e, "Today's news"))
                .on(Text.class, m -> m.content().startsWith("order"), m -> Reply.text(m, "Your order ..."))
                .build();                               // once, at startup
        // per request, from any web framework:
        CallbackResponse response = callback.handle(CallbackRequest.of(method, query, body));
        // write response.status() and response.body()
        // end::router[]
        return response;
    }

    static WxPay pay(String mchId, String appId, String keyPem, String serialNo, String apiV3Key, String publicKeyId,
                     String publicKeyPem) {
        // tag::pay-build[]
        WxPay pay = WxPay.builder().mchId(mchId).appId(appId)
                .merchantKey(keyPem, serialNo).apiV3Key(apiV3Key)
                .platformPublicKey(publicKeyId, publicKeyPem)      // or .autoPlatformCertificates()
                .notifyUrl("https://shop.example.com/pay/notify")
                .build();
        // end::pay-build[]
        return pay;
    }

    static JsapiPayParams prepay(WxPay pay, String openid) {
        // tag::pay-jsapi[]
        JsapiPayParams params = pay.jsapi().prepay(Order.of("T20240101001", "Concert ticket", 990, openid));
        // params: appId, timeStamp, nonceStr, package, signType, paySign for wx.requestPayment
        // end::pay-jsapi[]
        return params;
    }

    static void notifications(WxPay pay, Map<String, String> headers, String body) {
        // tag::pay-notify[]
        PaymentNotification paid = pay.notifications().parsePayment(headers, body);  // verified and decrypted
        String outTradeNo = paid.outTradeNo();
        RefundNotification refunded = pay.notifications().parseRefund(headers, body);
        // end::pay-notify[]
    }

    static Refund refund(WxPay pay) {
        // tag::pay-refund[]
        Refund refund = pay.refunds().create(RefundRequest.ofOutTradeNo("T20240101001", "R20240101001", 990, 990));
        // end::pay-refund[]
        return refund;
    }

    static RedPacketResult redPacket(WxPay pay, String openid) {
        // tag::redpack[]
        RedPacketResult result = pay.redPackets().send(
                RedPacket.of("1900000109202401010001", "Shop", openid, 1000, "Happy new year", "Lantern quiz", "Thanks"));
        // end::redpack[]
        return result;
    }

    static TransferBill transfer(WxPay pay, String openid) {
        // tag::transfer[]
        TransferBill bill = pay.transfers().create(TransferRequest.of("B20240101001", "1000", openid, 400, "Cash prize"));
        // end::transfer[]
        return bill;
    }

    static WxMp redis(String appId, String secret) {
        // tag::redis[]
        RedisStores redis = RedisStores.builder(RedisURI.create("redis://redis.internal:6379"))
                .keyPrefix("shop:wxkit:")
                .build();
        WxMp mp = WxMp.builder().appId(appId).secret(secret)
                .tokenStore(redis.tokenStore())             // tokens shared by every node, one refresh per expiry
                .build();
        // end::redis[]
        return mp;
    }
}
