package io.wxkit.examples.admin.analytics;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.ActivityDraft;
import io.wxkit.modules.lottery.LotteryMode;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.shop.Address;
import io.wxkit.modules.shop.Category;
import io.wxkit.modules.shop.Checkout;
import io.wxkit.modules.shop.Image;
import io.wxkit.modules.shop.ProductDraft;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopOrder;
import io.wxkit.modules.shop.ShopPay;
import io.wxkit.modules.shop.Sku;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.PollDraft;
import io.wxkit.modules.vote.VoteModule;
import io.wxkit.pay.bill.TradeBillRow;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.notification.PaymentNotification;
import io.wxkit.pay.payment.Transaction;
import io.wxkit.pay.refund.Refund;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Module activity written on a past day: the app's own module tables (its {@link ModuleContext}'s database and zone)
 * through the modules' public APIs, each module created on a clock fixed at noon of that day. The app's beans stamp
 * with the real clock, so nothing else of the suite writes on that day and the dashboard must show exactly these.
 */
final class ModuleSeed {
    static final String MCH_ID = "1900000109";
    static final String APP_ID = "wxanalyticsseed01";
    private final ModuleContext context;

    ModuleSeed(ModuleContext app, LocalDate day) {
        Instant noon = day.atTime(12, 0).atZone(app.zone()).toInstant();
        this.context = ModuleContext.builder(app.dataSource()).zone(app.zone()).clock(Clock.fixed(noon, app.zone()))
                .random(new SecureRandom()).build();
    }

    /** Casts one ballot per voter in a new poll; answers how many. */
    int ballots(String... voters) {
        VoteModule vote = VoteModule.create(context);
        Instant now = context.clock().instant();
        Poll poll = vote.polls().create(PollDraft.titled("统计 analytics seed", now.minusSeconds(60), now.plus(Duration.ofDays(1)))
                .option("A").option("B"));
        for (String voter : voters) {
            vote.ballots().cast(poll.id(), Participant.of(voter), null, List.of(poll.options().get(0).id()));
        }
        return voters.length;
    }

    /** One spin per player on a new wheel (a prize against no prize, 1:1); answers how many of them won. */
    int draws(String... players) {
        LotteryModule lottery = LotteryModule.create(context);
        Instant now = context.clock().instant();
        Activity wheel = lottery.activities().create(ActivityDraft.of("统计 analytics seed", LotteryMode.WHEEL,
                now.minusSeconds(60), now.plus(Duration.ofDays(1))).prize("Mug", 1, 100).noPrize(1));
        int won = 0;
        for (String player : players) {
            won += lottery.draws().spin(wheel.id(), Participant.of(player), null).won() ? 1 : 0;
        }
        return won;
    }

    /** Pays one order per quantity, each of {@code quantity} × {@code priceFen}; answers the fen paid. */
    long paidOrders(long priceFen, int... quantities) {
        SeedPay pay = new SeedPay();
        ShopModule shop = ShopModule.create(context, pay, Duration.ofMinutes(30));
        Category category = shop.catalogue().createCategory("统计 analytics seed", 99, "analytics-it");
        Sku tea = shop.catalogue().publish(ProductDraft.of(category.id(), "统计用茶 analytics tea", "seeded by AnalyticsDashboardIT")
                .image(Image.url("https://cdn.example.com/tea.jpg")).sku("50 g", priceFen, 1000), "analytics-it").skus().get(0);
        long paid = 0;
        for (int quantity : quantities) {
            String buyer = "oAnalyticsBuyer" + quantity;
            ShopOrder o = shop.orders().checkout(buyer, new Checkout(List.of(new Checkout.Line(tea.id(), quantity)),
                    priceFen * quantity, new Address("张三", "+86 138-0000-0000", "上海市浦东新区世纪大道 1 号")));
            shop.payments().prepay(o.outTradeNo(), buyer);
            Transaction t = new Transaction(APP_ID, MCH_ID, o.outTradeNo(), "4200" + o.outTradeNo(), "JSAPI", "SUCCESS", null,
                    "OTHERS", null, context.clock().instant(), new Transaction.Payer(buyer),
                    new Transaction.Amount(o.totalFen(), o.totalFen(), "CNY", "CNY"));
            shop.payments().onPayment(new PaymentNotification("EV-" + o.outTradeNo(), context.clock().instant(),
                    "TRANSACTION.SUCCESS", "支付成功", t));
            paid += o.totalFen();
        }
        return paid;
    }

    /** WeChat Pay for the seeded orders: prepay answers parameters, nothing else is asked of it here. */
    private static final class SeedPay implements ShopPay {
        @Override
        public String mchId() {
            return MCH_ID;
        }

        @Override
        public String appId() {
            return APP_ID;
        }

        @Override
        public Map<String, String> prepay(PrepayOrder order) {
            return Map.of("appId", APP_ID, "package", "prepay_id=wx" + order.outTradeNo());
        }

        @Override
        public Optional<Transaction> query(String outTradeNo) {
            return Optional.empty();
        }

        @Override
        public void close(String outTradeNo) {
            throw new UnsupportedOperationException("the seed closes no order");
        }

        @Override
        public Refund refund(String outTradeNo, String outRefundNo, long refundFen, long totalFen, String reason) {
            throw new UnsupportedOperationException("the seed refunds nothing");
        }

        @Override
        public Notification parse(Map<String, String> headers, String body) {
            throw new UnsupportedOperationException("the seed hands notifications over typed");
        }

        @Override
        public void readTradeBill(LocalDate day, Consumer<TradeBillRow> rows) {
            throw new UnsupportedOperationException("the seed reads no bill");
        }
    }
}
