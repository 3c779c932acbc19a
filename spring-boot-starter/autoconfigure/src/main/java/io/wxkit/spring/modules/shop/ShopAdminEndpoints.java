package io.wxkit.spring.modules.shop;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.shop.Category;
import io.wxkit.modules.shop.Image;
import io.wxkit.modules.shop.OrderEvent;
import io.wxkit.modules.shop.Product;
import io.wxkit.modules.shop.ProductDraft;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopOrder;
import io.wxkit.spring.modules.web.Bodies;
import io.wxkit.spring.modules.web.ModuleRequests;
import io.wxkit.spring.modules.web.PageView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seller's side of the shop: categories, products, shelf, shipping, refunds and the buyers' refund requests. */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/shop/admin", produces = MediaType.APPLICATION_JSON_VALUE)
public class ShopAdminEndpoints {
    private static final String MODULE = "shop";
    private final ShopModule shop;
    private final ModuleContext context;
    private final ModuleRequests requests;

    /**
     * The controller the starter registers (bean of {@link ShopWebConfiguration}) when the shop module runs
     * ({@code wxkit.modules.shop.enabled=true}) in a servlet web application; public for Spring MVC,
     * applications do not construct it. Stateless apart from its collaborators, so safe for concurrent requests.
     *
     * @param shop the shop module bean
     * @param context the modules' shared context, whose audit log lists the buyers' refund requests
     * @param requests the signed-in user, admin check and client IP of each request
     */
    public ShopAdminEndpoints(ShopModule shop, ModuleContext context, ModuleRequests requests) {
        this.shop = shop;
        this.context = context;
        this.requests = requests;
    }

    record NewCategory(String name, Integer sortOrder) {}

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    Category category(@RequestBody NewCategory body, HttpServletRequest request) {
        String seller = requests.admin(request, MODULE);
        NewCategory c = Bodies.body(body);
        return shop.catalogue().createCategory(Bodies.require(c.name(), "name"), c.sortOrder() == null ? 0 : c.sortOrder(), seller);
    }

    record NewSku(String spec, Long priceFen, Integer stock) {}

    /** {@code images}: https URLs or WeChat media ids. */
    record NewProduct(Long categoryId, String title, String description, List<String> images, List<NewSku> skus) {}

    @PostMapping("/products")
    @ResponseStatus(HttpStatus.CREATED)
    Product publish(@RequestBody NewProduct body, HttpServletRequest request) {
        String seller = requests.admin(request, MODULE);
        NewProduct p = Bodies.body(body);
        ProductDraft d = ProductDraft.of(Bodies.require(p.categoryId(), "categoryId"), Bodies.require(p.title(), "title"),
                p.description() == null ? "" : p.description());
        if (p.images() != null) {
            for (String image : p.images()) {
                d = d.image(image != null && image.startsWith("https://") ? Image.url(image) : Image.mediaId(image));
            }
        }
        for (NewSku s : Bodies.require(p.skus(), "skus")) {
            d = d.sku(Bodies.require(s.spec(), "skus[].spec"), Bodies.require(s.priceFen(), "skus[].priceFen"),
                    Bodies.require(s.stock(), "skus[].stock"));
        }
        return shop.catalogue().publish(d, seller);
    }

    record Shelf(Boolean onShelf) {}

    @PostMapping("/products/{id}/shelf")
    Product shelve(@PathVariable long id, @RequestBody Shelf body, HttpServletRequest request) {
        String seller = requests.admin(request, MODULE);
        shop.catalogue().shelve(id, Bodies.require(Bodies.body(body).onShelf(), "onShelf"), seller);
        return shop.catalogue().product(id);
    }

    @GetMapping("/orders/{outTradeNo}")
    ShopOrder order(@PathVariable String outTradeNo, HttpServletRequest request) {
        requests.admin(request, MODULE);
        return shop.orders().get(outTradeNo);
    }

    @GetMapping("/orders/{outTradeNo}/history")
    List<OrderEvent> history(@PathVariable String outTradeNo, HttpServletRequest request) {
        requests.admin(request, MODULE);
        return shop.orders().history(outTradeNo);
    }

    record Shipment(String carrier, String trackingNo) {}

    @PostMapping("/orders/{outTradeNo}/ship")
    ShopOrder ship(@PathVariable String outTradeNo, @RequestBody Shipment body, HttpServletRequest request) {
        String seller = requests.admin(request, MODULE);
        Shipment s = Bodies.body(body);
        shop.orders().ship(outTradeNo, Bodies.require(s.carrier(), "carrier"), Bodies.require(s.trackingNo(), "trackingNo"), seller);
        return shop.orders().get(outTradeNo);
    }

    record RefundBody(Long refundFen, String reason) {}

    /** Refunds part or all of a paid order; REFUND.SUCCESS from WeChat Pay finishes it. */
    @PostMapping("/orders/{outTradeNo}/refund")
    Map<String, String> refund(@PathVariable String outTradeNo, @RequestBody RefundBody body, HttpServletRequest request) {
        String seller = requests.admin(request, MODULE);
        RefundBody r = Bodies.body(body);
        String outRefundNo = shop.refunds().refund(outTradeNo, Bodies.require(r.refundFen(), "refundFen"), r.reason(), seller);
        return Map.of("outRefundNo", outRefundNo);
    }

    /** The buyers' refund requests, newest first (from the shop's audit log). */
    @GetMapping("/refund-requests")
    PageView<AuditEntry> refundRequests(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size,
                                        HttpServletRequest request) {
        requests.admin(request, MODULE);
        var page = context.audit().list(MODULE, ModuleRequests.page(cursor, size));
        return new PageView<>(page.items().stream().filter(e -> e.action().equals(ShopEndpoints.REFUND_REQUEST)).toList(),
                page.next().orElse(null));
    }
}
