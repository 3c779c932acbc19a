package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seller's order list pages on (placing time, id), newest first: every order once across the pages, orders
 * placed in the same millisecond included, with and without the status and time filters; a page with its lines is
 * two statements (three after the first page: the cursor's placing time).
 */
class SellerOrderListPagingTest {
    private final ShopFixture f = new ShopFixture("shopsellerpaging");
    private final AtomicInteger statements = new AtomicInteger();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyOrderOnceNewestFirstAcrossPagesWithTiesInOneMillisecond() {
        List<ShopOrder> made = placeOrders();
        List<ShopOrder> expected = made.stream()
                .sorted(Comparator.comparing(ShopOrder::createdAt).thenComparing(ShopOrder::id).reversed()).toList();

        assertThat(all(null, null, null, 4)).extracting(ShopOrder::outTradeNo)
                .containsExactlyElementsOf(expected.stream().map(ShopOrder::outTradeNo).toList());
        List<ShopOrder> paid = expected.stream().filter(o -> o.status() == OrderStatus.PAID).toList();
        assertThat(all(OrderStatus.PAID, null, null, 3)).extracting(ShopOrder::outTradeNo)
                .containsExactlyElementsOf(paid.stream().map(ShopOrder::outTradeNo).toList());
        Instant from = made.get(12).createdAt(); // group 5, placed after the clock went back
        Instant to = made.get(6).createdAt(); // group 3: the window holds groups 5, 1, 6 and 2
        List<ShopOrder> window = expected.stream()
                .filter(o -> !o.createdAt().isBefore(from) && o.createdAt().isBefore(to)).toList();
        assertThat(window).hasSize(12);
        assertThat(all(null, from, to, 2)).extracting(ShopOrder::outTradeNo)
                .containsExactlyElementsOf(window.stream().map(ShopOrder::outTradeNo).toList());
        assertThat(all(OrderStatus.PAID, from, to, 2)).extracting(ShopOrder::outTradeNo)
                .containsExactlyElementsOf(window.stream().filter(o -> o.status() == OrderStatus.PAID)
                        .map(ShopOrder::outTradeNo).toList());
    }

    @Test
    void aPageIsTwoStatementsWithEveryLineAndANextPageOneMore() {
        placeOrders();
        f.context.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });

        Page<ShopOrder> first = f.shop.orders().search(null, null, null, PageRequest.first(10));
        assertThat(statements).hasValue(2);
        statements.set(0);
        Page<ShopOrder> second = f.shop.orders().search(null, null, null, PageRequest.after(first.next().orElseThrow(), 10));
        assertThat(statements).hasValue(3);

        f.context.jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        for (ShopOrder listed : concat(first.items(), second.items())) {
            assertThat(listed).isEqualTo(f.shop.orders().get(listed.outTradeNo()));
        }
    }

    @Test
    void aCursorThatNamesNoOrderIsRefused() {
        placeOrders();
        String forged = Long.toString(987_654_321L, 36); // well-formed, but no order has this id

        assertThatThrownBy(() -> f.shop.orders().search(null, null, null, PageRequest.after(forged, 10)))
                .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.is(CommonError.INVALID_INPUT)).isTrue());
    }

    /**
     * 18 orders, three in each of six milliseconds, every third unpaid; after the ninth the clock goes back 25
     * minutes (a second instance whose clock is behind), so the later ids of groups 4 to 6 were placed before
     * groups 2 and 3: the list follows the placing time, and a page boundary can fall inside a millisecond.
     */
    private List<ShopOrder> placeOrders() {
        Sku tea = f.shop.catalogue().publish(ProductDraft.of(f.shirt.categoryId(), "Tea", "green")
                .image(Image.url("https://cdn.example.com/tea.jpg")).sku("50 g", 3900, 1000), "ann").skus().get(0);
        List<ShopOrder> made = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            made.add(i % 3 == 2 ? f.buy(tea, 1 + i % 4) : f.paidOrder(tea, 1));
            if (i % 3 == 2) {
                f.advance(i == 8 ? Duration.ofMinutes(-25) : Duration.ofMinutes(7));
            }
        }
        return made.stream().map(o -> f.shop.orders().get(o.outTradeNo())).toList();
    }

    private List<ShopOrder> all(OrderStatus status, Instant from, Instant to, int size) {
        List<ShopOrder> out = new ArrayList<>();
        Page<ShopOrder> page = f.shop.orders().search(status, from, to, PageRequest.first(size));
        out.addAll(page.items());
        while (page.next().isPresent()) {
            page = f.shop.orders().search(status, from, to, PageRequest.after(page.next().get(), size));
            out.addAll(page.items());
        }
        return out;
    }

    private static List<ShopOrder> concat(List<ShopOrder> a, List<ShopOrder> b) {
        List<ShopOrder> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
