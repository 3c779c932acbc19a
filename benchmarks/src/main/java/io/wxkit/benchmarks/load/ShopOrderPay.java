package io.wxkit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A purchase end to end, as on the phone: the order ({@code POST shop/orders}, JSAPI prepay at the emulator's
 * WeChat Pay), the buyer paying in WeChat Pay's sheet ({@code POST /emulator/orders/{no}/pay}: the emulator sends
 * the signed TRANSACTION.SUCCESS notification to the app's notify URL and says whether the app took it), then the
 * order as the buyer sees it: it must read PAID. The paid order numbers go to the ledger for the post-run check
 * (paid once, one payment, the notification applied once).
 */
final class ShopOrderPay extends AppStep {
    static final Set<String> RULES = Set.of("OUT_OF_STOCK");
    private final URI emulator;
    private final ExamplesCatalogue.Sku sku;

    ShopOrderPay(WeChatSession session, Ledger ledger, URI emulator, ExamplesCatalogue.Sku sku) {
        super(session, ledger);
        this.emulator = emulator;
        this.sku = sku;
    }

    @Override
    public String name() {
        return "shop order → pay → paid";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        Map<String, Object> order = Map.of("lines", List.of(Map.of("skuId", sku.id(), "quantity", 1)),
                "expectedTotalFen", sku.priceFen(),
                "address", Map.of("receiver", "负载测试", "phone", "13800138000", "address", "测试路 " + user.id() + " 号"));
        return call(x, base, user, "POST", "shop/orders", order).thenCompose(created -> {
            if (created.statusCode() != 201) {
                return CompletableFuture.completedFuture(refusal(x, base, user, created, RULES));
            }
            JsonNode o = tree(created);
            String no = o.path("order").path("outTradeNo").asText();
            if (no.isEmpty() || !o.path("payParams").path("package").asText().startsWith("prepay_id=")) {
                return CompletableFuture.completedFuture("order without prepay: " + clip(created.body()));
            }
            return x.json("POST", emulator.resolve("/emulator/orders/" + no + "/pay"), write(Map.of("openid", user.openid())))
                    .whenComplete((paid, failure) -> {
                        if (failure != null || paid.statusCode() != 200 || !tree(paid).path("notified").asBoolean()) {
                            // paid at WeChat Pay, the app's answer unknown: the emulator redelivers, the order may turn PAID later
                            ledger.add("unknown: " + name());
                        }
                    })
                    .thenCompose(paid -> {
                        if (paid.statusCode() != 200 || !tree(paid).path("notified").asBoolean()) {
                            return CompletableFuture.completedFuture("the app did not take the payment notification: HTTP "
                                    + paid.statusCode() + " " + clip(paid.body()));
                        }
                        return read(x, base, user, MODULES + "shop/orders/" + no).thenApply(seen -> {
                            String status = seen.statusCode() == 200 ? tree(seen).path("status").asText() : "HTTP " + seen.statusCode();
                            if (!"PAID".equals(status)) {
                                return "order " + no + " reads " + status + " after the notification";
                            }
                            ledger.paid(no);
                            return null;
                        });
                    });
        });
    }
}
