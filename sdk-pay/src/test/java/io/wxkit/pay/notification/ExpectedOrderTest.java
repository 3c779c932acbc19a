package io.wxkit.pay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Issue 12, order matching at the SDK boundary: every differing field is reported, typed. */
class ExpectedOrderTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    private PaymentNotification notification(String transactionJson) {
        WxPay pay = kit.builder(server).build();
        String body = kit.notificationBody("EV-1", "TRANSACTION.SUCCESS", "transaction", transactionJson);
        return pay.notifications().parsePayment(kit.notificationHeaders(body), body);
    }

    @Test
    void theOrderItPaysMatches() {
        WxPay pay = kit.builder(server).build();
        ExpectedOrder order = pay.notifications().expectedOrder("1217752501201407033233368018", 100);
        assertThat(order).isEqualTo(new ExpectedOrder(PayTestKit.MCH_ID, PayTestKit.APP_ID, "1217752501201407033233368018", 100));
        OrderMatch m = order.check(notification(PayTestKit.TRANSACTION_JSON));
        assertThat(m).isInstanceOf(OrderMatch.Matched.class);
        assertThat(m.isMatch()).isTrue();
    }

    @Test
    void eachFieldIsComparedOnItsOwn() {
        PaymentNotification paid = notification(PayTestKit.TRANSACTION_JSON);
        String no = "1217752501201407033233368018";
        assertThat(fields(new ExpectedOrder(PayTestKit.MCH_ID, PayTestKit.APP_ID, "OTHER", 100).check(paid)))
                .containsExactly(OrderMatch.Field.OUT_TRADE_NO);
        assertThat(fields(new ExpectedOrder(PayTestKit.MCH_ID, PayTestKit.APP_ID, no, 101).check(paid)))
                .containsExactly(OrderMatch.Field.TOTAL);
        assertThat(fields(new ExpectedOrder("1230000109", PayTestKit.APP_ID, no, 100).check(paid)))
                .containsExactly(OrderMatch.Field.MCHID);
        assertThat(fields(new ExpectedOrder(PayTestKit.MCH_ID, "wx0000000000000002", no, 100).check(paid)))
                .containsExactly(OrderMatch.Field.APPID);
        PaymentNotification notPaid = notification(PayTestKit.TRANSACTION_JSON.replace("\"trade_state\":\"SUCCESS\"", "\"trade_state\":\"NOTPAY\""));
        OrderMatch m = new ExpectedOrder(PayTestKit.MCH_ID, PayTestKit.APP_ID, no, 100).check(notPaid);
        assertThat(m).isEqualTo(new OrderMatch.Mismatched(notPaid, List.of(new OrderMatch.Mismatch(OrderMatch.Field.TRADE_STATE, "SUCCESS", "NOTPAY"))));
    }

    @Test
    void everyMismatchIsListedNotJustTheFirst() {
        PaymentNotification n = notification(PayTestKit.TRANSACTION_JSON.replace("\"trade_state\":\"SUCCESS\"", "\"trade_state\":\"REFUND\"")
                .replace("\"total\":100", "\"total\":1"));
        OrderMatch m = new ExpectedOrder(PayTestKit.MCH_ID, "wx0000000000000002", "X1", 100).check(n);
        assertThat(m.isMatch()).isFalse();
        OrderMatch.Mismatched mm = (OrderMatch.Mismatched) m;
        assertThat(mm.mismatches()).containsExactly(
                new OrderMatch.Mismatch(OrderMatch.Field.OUT_TRADE_NO, "X1", "1217752501201407033233368018"),
                new OrderMatch.Mismatch(OrderMatch.Field.TOTAL, "100", "1"),
                new OrderMatch.Mismatch(OrderMatch.Field.APPID, "wx0000000000000002", PayTestKit.APP_ID),
                new OrderMatch.Mismatch(OrderMatch.Field.TRADE_STATE, "SUCCESS", "REFUND"));
        assertThat(mm.differs(OrderMatch.Field.TOTAL)).isTrue();
        assertThat(mm.differs(OrderMatch.Field.MCHID)).isFalse();
        assertThat(OrderMatch.Field.TOTAL.wireName()).isEqualTo("amount.total");
    }

    @Test
    void aMissingAmountIsAMismatchAndBadExpectationsAreRefused() {
        PaymentNotification n = notification(PayTestKit.TRANSACTION_JSON.replaceAll("\"amount\":\\{[^}]*\\},", ""));
        assertThat(fields(new ExpectedOrder(PayTestKit.MCH_ID, PayTestKit.APP_ID, "1217752501201407033233368018", 100).check(n)))
                .containsExactly(OrderMatch.Field.TOTAL);
        assertThatThrownBy(() -> new ExpectedOrder(PayTestKit.MCH_ID, PayTestKit.APP_ID, "X", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpectedOrder(PayTestKit.MCH_ID, null, "X", 1)).isInstanceOf(NullPointerException.class);
    }

    private static List<OrderMatch.Field> fields(OrderMatch m) {
        return m instanceof OrderMatch.Mismatched mm ? mm.mismatches().stream().map(OrderMatch.Mismatch::field).toList() : List.of();
    }
}
