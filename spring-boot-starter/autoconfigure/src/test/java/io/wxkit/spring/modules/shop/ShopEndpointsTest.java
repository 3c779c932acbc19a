package io.wxkit.spring.modules.shop;

import static io.wxkit.spring.modules.ModuleWebTests.as;
import static io.wxkit.spring.modules.ModuleWebTests.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.modules.shop.Category;
import io.wxkit.modules.shop.Product;
import io.wxkit.modules.shop.ProductDraft;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.spring.modules.ModuleWebTests;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class ShopEndpointsTest {
    private final MockMvc mvc = ModuleWebTests.mvc();
    private final String base = "/wxkit/modules/shop";
    private static final String ADDRESS = "\"address\":{\"receiver\":\"张三\",\"phone\":\"13800000000\",\"address\":\"上海市浦东新区世纪大道 1 号\"}";

    private Product product(int stock) {
        ShopModule shop = ModuleWebTests.bean(ShopModule.class);
        Category c = shop.catalogue().createCategory("Mugs", 1, "ann");
        return shop.catalogue().publish(ProductDraft.of(c.id(), "Mug", "350 ml").sku("白", 2500, stock), "ann");
    }

    private String checkout(String openid, long skuId, int quantity, long total) throws Exception {
        return mvc.perform(as(post(base + "/orders"), openid).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":[{\"skuId\":" + skuId + ",\"quantity\":" + quantity + "}],\"expectedTotalFen\":" + total
                                + "," + ADDRESS + "}"))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void cartCheckoutToPayParamsAndMyOrders() throws Exception {
        Product p = product(10);
        long sku = p.skus().get(0).id();
        mvc.perform(get(base + "/categories/" + p.categoryId() + "/products")).andExpect(jsonPath("$[0].title").value("Mug"));
        mvc.perform(as(put(base + "/cart/" + sku), "oBuyerA00001").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":2}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].quantity").value(2));
        mvc.perform(as(get(base + "/cart"), "oBuyerB00001")).andExpect(jsonPath("$.length()").value(0));
        String placed = checkout("oBuyerA00001", sku, 2, 5000);
        String no = ModuleWebTests.read(placed, "$.order.outTradeNo");
        assertThat((String) ModuleWebTests.read(placed, "$.payParams.package")).isEqualTo("prepay_id=wx" + no);
        assertThat((String) ModuleWebTests.read(placed, "$.order.status")).isEqualTo("CREATED");
        ModuleWebTests.RecordingShopPay pay = ModuleWebTests.bean(ModuleWebTests.RecordingShopPay.class);
        assertThat(pay.prepaid).anySatisfy(o -> {
            assertThat(o.outTradeNo()).isEqualTo(no);
            assertThat(o.openid()).isEqualTo("oBuyerA00001");
            assertThat(o.totalFen()).isEqualTo(5000);
        });
        mvc.perform(as(get(base + "/orders"), "oBuyerA00001")).andExpect(jsonPath("$.items[0].outTradeNo").value(no));
        mvc.perform(as(get(base + "/orders/" + no), "oBuyerA00001")).andExpect(status().isOk());
        // another buyer's order does not exist for them, and they cannot cancel or pay it
        mvc.perform(as(get(base + "/orders/" + no), "oBuyerB00001")).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(as(post(base + "/orders/" + no + "/cancel"), "oBuyerB00001")).andExpect(status().isNotFound());
        mvc.perform(as(post(base + "/orders/" + no + "/pay"), "oBuyerB00001")).andExpect(status().isNotFound());
        // unpaid: no refund to ask for; the buyer cancels and the stock comes back
        mvc.perform(as(post(base + "/orders/" + no + "/refund-request"), "oBuyerA00001")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REFUND_NOT_ALLOWED"));
        mvc.perform(as(post(base + "/orders/" + no + "/cancel"), "oBuyerA00001")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get(base + "/products/" + p.id())).andExpect(jsonPath("$.skus[0].stock").value(10));
    }

    @Test
    void priceAndStockConflictsAreProblems() throws Exception {
        Product p = product(1);
        long sku = p.skus().get(0).id();
        assertThat((String) ModuleWebTests.read(checkout("oBuyerC00001", sku, 1, 9999), "$.code")).isEqualTo("PRICE_CHANGED");
        assertThat((String) ModuleWebTests.read(checkout("oBuyerC00001", sku, 2, 5000), "$.code")).isEqualTo("OUT_OF_STOCK");
        mvc.perform(as(post(base + "/orders"), "oBuyerC00001").contentType(MediaType.APPLICATION_JSON).content("{\"lines\":[]}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        mvc.perform(post(base + "/orders").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());
        mvc.perform(as(put(base + "/cart/" + sku), "oBuyerC00001").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":5000}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(as(post(base + "/orders"), "oBuyerC00001").contentType(MediaType.APPLICATION_JSON)
                .content("{\"lines\":[" + "{\"skuId\":1,\"quantity\":1},".repeat(300) + "{\"skuId\":1,\"quantity\":1}]}"))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void sellersNeedTheRoleAndABadNotificationChangesNothing() throws Exception {
        String body = "{\"name\":\"Tea\"}";
        mvc.perform(as(post(base + "/admin/categories"), "oBuyerD00001").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_REQUIRED"));
        String category = mvc.perform(post(base + "/admin/categories").with(staff("ann", "WXKIT_SHOP_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post(base + "/admin/products").with(staff("ann", "WXKIT_SHOP_ADMIN")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"categoryId\":" + ModuleWebTests.id(category) + ",\"title\":\"Green tea\",\"images\":[\"https://cdn.example.com/t.jpg\"],"
                        + "\"skus\":[{\"spec\":\"100g\",\"priceFen\":3800,\"stock\":20}]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.skus[0].priceFen").value(3800));
        Product p = product(3);
        String no = ModuleWebTests.read(checkout("oBuyerD00001", p.skus().get(0).id(), 1, 2500), "$.order.outTradeNo");
        mvc.perform(post(base + "/admin/orders/" + no + "/ship").with(staff("ann", "WXKIT_VOTE_ADMIN")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"carrier\":\"SF\",\"trackingNo\":\"SF1234567890\"}")).andExpect(status().isForbidden());
        mvc.perform(post(base + "/admin/orders/" + no + "/ship").with(staff("ann", "WXKIT_SHOP_ADMIN")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"carrier\":\"SF\",\"trackingNo\":\"SF1234567890\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
        mvc.perform(post(base + "/pay/notify").contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"forged\"}"))
                .andExpect(status().is5xxServerError());
        mvc.perform(as(get(base + "/orders/" + no), "oBuyerD00001")).andExpect(jsonPath("$.status").value("CREATED"));
    }
}
