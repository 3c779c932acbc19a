package io.wxkit.examples.shop;

import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.modules.shop.Category;
import io.wxkit.modules.shop.ProductDraft;
import io.wxkit.modules.shop.ShopModule;
import org.springframework.stereotype.Component;

/** The demo shop: two categories of local goods with a few SKUs each (prices in fen). */
@Component
class ShopSeed implements DemoSeed {
    private static final String SELLER = "demo-seed";

    private final ShopModule shop;

    ShopSeed(ShopModule shop) {
        this.shop = shop;
    }

    @Override
    public String name() {
        return "shop-catalogue";
    }

    @Override
    public void seed() {
        Category tea = shop.catalogue().createCategory("茶叶特产", 1, SELLER);
        Category gifts = shop.catalogue().createCategory("文创周边", 2, SELLER);
        shop.catalogue().publish(ProductDraft.of(tea.id(), "明前龙井", "西湖产区，2026 年春茶。Spring green tea.")
                .sku("规格:50 g", 6800, 200).sku("规格:100 g 礼盒", 12800, 80), SELLER);
        shop.catalogue().publish(ProductDraft.of(tea.id(), "桂花乌龙", "冷泡热泡皆宜。Osmanthus oolong.")
                .sku("规格:10 袋", 3900, 300), SELLER);
        shop.catalogue().publish(ProductDraft.of(gifts.id(), "社区纪念马克杯", "350 ml 陶瓷杯。Ceramic mug.")
                .sku("颜色:白", 2500, 100).sku("颜色:黑", 2700, 50), SELLER);
        shop.catalogue().publish(ProductDraft.of(gifts.id(), "帆布袋", "社区 logo 帆布袋。Canvas bag.")
                .sku("尺寸:标准", 1990, 150), SELLER);
    }
}
