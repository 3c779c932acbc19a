package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "My orders" reads a page of orders with their lines in two statements, not one per order (N+1). */
class MyOrdersStatementsTest {
    private final ShopFixture f = new ShopFixture("shopmyorders");
    private final AtomicInteger statements = new AtomicInteger();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aPageOfTwentyOrdersIsTwoStatementsWithEveryLineInItsOrder() {
        Sku tea = f.shop.catalogue().publish(ProductDraft.of(f.shirt.categoryId(), "Tea", "green")
                .image(Image.url("https://cdn.example.com/tea.jpg")).sku("50 g", 3900, 1000)
                .sku("100 g", 6800, 1000), "ann").skus().get(0);
        Sku big = f.shop.catalogue().product(tea.productId()).skus().get(1);
        List<ShopOrder> made = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            List<Checkout.Line> lines = i % 2 == 0 ? List.of(new Checkout.Line(tea.id(), 1 + i % 3))
                    : List.of(new Checkout.Line(tea.id(), 1), new Checkout.Line(big.id(), 2));
            long total = lines.stream().mapToLong(l -> (l.skuId() == tea.id() ? tea.priceFen() : big.priceFen()) * l.quantity()).sum();
            made.add(f.shop.orders().checkout(ShopFixture.BUYER, new Checkout(lines, total, ShopFixture.HOME)));
            f.advance(Duration.ofSeconds(1));
        }
        f.shop.orders().checkout("oSomeoneElse", new Checkout(List.of(new Checkout.Line(tea.id(), 1)), tea.priceFen(), ShopFixture.HOME));
        f.context.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });

        Page<ShopOrder> first = f.shop.orders().of(ShopFixture.BUYER, PageRequest.first(20));

        assertThat(statements).hasValue(2);
        assertThat(first.items()).hasSize(20);
        assertThat(first.items()).allSatisfy(o -> assertThat(o.openid()).isEqualTo(ShopFixture.BUYER));
        // newest first, each with exactly the lines it was checked out with (the single-order read is the reference)
        for (int i = 0; i < 20; i++) {
            ShopOrder listed = first.items().get(i);
            assertThat(listed.outTradeNo()).isEqualTo(made.get(24 - i).outTradeNo());
            assertThat(listed).isEqualTo(f.shop.orders().get(listed.outTradeNo()));
        }
        statements.set(0);
        Page<ShopOrder> rest = f.shop.orders().of(ShopFixture.BUYER, PageRequest.after(first.next().orElseThrow(), 20));
        assertThat(statements).hasValue(2);
        assertThat(rest.items()).extracting(ShopOrder::outTradeNo)
                .containsExactly(made.get(4).outTradeNo(), made.get(3).outTradeNo(), made.get(2).outTradeNo(),
                        made.get(1).outTradeNo(), made.get(0).outTradeNo());
        statements.set(0);
        assertThat(f.shop.orders().of("oNoOrders", PageRequest.first(20)).items()).isEmpty();
        assertThat(statements).hasValue(1);
    }
}
