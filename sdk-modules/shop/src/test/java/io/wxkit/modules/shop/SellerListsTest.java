package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seller's lists behind the admin console: every product (off the shelf too) and every buyer's orders by status and date. */
class SellerListsTest {
    private ShopFixture f;

    @BeforeEach
    void setUp() {
        f = new ShopFixture("sellerlists");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theCatalogueListsProductsOffTheShelfTooNewestFirstInPages() {
        Product second = f.shop.catalogue().publish(ProductDraft.of(f.shirt.categoryId(), "Cap", "").sku("one size", 3900, 9), "ann");
        f.shop.catalogue().shelve(f.shirt.id(), false, "ann");
        Page<Product> first = f.shop.catalogue().all(PageRequest.first(1));
        assertThat(first.items()).extracting(Product::id).containsExactly(second.id());
        Page<Product> next = f.shop.catalogue().all(PageRequest.after(first.next().orElseThrow(), 1));
        assertThat(next.items()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(f.shirt.id());
            assertThat(p.onShelf()).isFalse();
            assertThat(p.skus()).hasSize(2);
        });
        assertThat(next.next()).isEmpty();
    }

    @Test
    void ordersFilterByStatusAndPlacingTime() {
        ShopOrder unpaid = f.buy(f.medium, 1);
        f.advance(Duration.ofHours(2));
        Instant between = f.context.clock().instant();
        ShopOrder paid = f.paidOrder(f.large, 1);

        assertThat(f.shop.orders().search(null, null, null, PageRequest.first(10)).items()).extracting(ShopOrder::outTradeNo)
                .containsExactly(paid.outTradeNo(), unpaid.outTradeNo());
        assertThat(f.shop.orders().search(OrderStatus.PAID, null, null, PageRequest.first(10)).items()).extracting(ShopOrder::outTradeNo)
                .containsExactly(paid.outTradeNo());
        assertThat(f.shop.orders().search(null, null, between, PageRequest.first(10)).items()).extracting(ShopOrder::outTradeNo)
                .containsExactly(unpaid.outTradeNo());
        assertThat(f.shop.orders().search(OrderStatus.CREATED, between, null, PageRequest.first(10)).items()).isEmpty();
        Page<ShopOrder> one = f.shop.orders().search(null, null, null, PageRequest.first(1));
        assertThat(f.shop.orders().search(null, null, null, PageRequest.after(one.next().orElseThrow(), 1)).items())
                .extracting(ShopOrder::outTradeNo).containsExactly(unpaid.outTradeNo());
    }
}
