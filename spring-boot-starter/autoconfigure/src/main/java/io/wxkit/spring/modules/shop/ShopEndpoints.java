package io.wxkit.spring.modules.shop;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Untrusted;
import io.wxkit.modules.shop.Address;
import io.wxkit.modules.shop.Carts.CartLine;
import io.wxkit.modules.shop.Category;
import io.wxkit.modules.shop.Checkout;
import io.wxkit.modules.shop.OrderStatus;
import io.wxkit.modules.shop.Product;
import io.wxkit.modules.shop.ShopError;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop over JSON for the buyer: catalogue, cart, checkout straight to the JSAPI pay parameters, my
 * orders, cancel, and a refund request that the seller decides on. Another buyer's order is "not found".
 */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/shop", produces = MediaType.APPLICATION_JSON_VALUE)
public class ShopEndpoints {
    static final String REFUND_REQUEST = "refund.request";
    private final ShopModule shop;
    private final ModuleContext context;
    private final ModuleRequests requests;

    /**
     * The controller the starter registers (bean of {@link ShopWebConfiguration}) when the shop module runs
     * ({@code wxkit.modules.shop.enabled=true}) in a servlet web application; public for Spring MVC,
     * applications do not construct it. Stateless apart from its collaborators, so safe for concurrent requests.
     *
     * @param shop the shop module bean
     * @param context the modules' shared context, whose audit log records the buyers' refund requests
     * @param requests the signed-in user, admin check and client IP of each request
     */
    public ShopEndpoints(ShopModule shop, ModuleContext context, ModuleRequests requests) {
        this.shop = shop;
        this.context = context;
        this.requests = requests;
    }

    @GetMapping("/categories")
    List<Category> categories() {
        return shop.catalogue().categories();
    }

    @GetMapping("/categories/{id}/products")
    List<Product> products(@PathVariable long id) {
        return shop.catalogue().onShelf(id);
    }

    @GetMapping("/products/{id}")
    Product product(@PathVariable long id) {
        return shop.catalogue().product(id);
    }

    @GetMapping("/cart")
    List<CartLine> cart(HttpServletRequest request) {
        return shop.carts().lines(requests.openid(request));
    }

    record Quantity(Integer quantity) {}

    /** Sets the quantity of a SKU in my cart (0 removes it). */
    @PutMapping("/cart/{skuId}")
    List<CartLine> put(@PathVariable long skuId, @RequestBody Quantity body, HttpServletRequest request) {
        String openid = requests.openid(request);
        shop.carts().put(openid, skuId, Bodies.require(Bodies.body(body).quantity(), "quantity"));
        return shop.carts().lines(openid);
    }

    /** What the page showed: the lines, the total it displayed (re-checked) and where to deliver. */
    record CheckoutBody(List<Checkout.Line> lines, Long expectedTotalFen, Address address) {}

    /** The new order and the parameters of {@code wx.requestPayment}. */
    record Placed(ShopOrder order, Map<String, String> payParams) {}

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    Placed checkout(@RequestBody CheckoutBody body, HttpServletRequest request) {
        String openid = requests.openid(request);
        CheckoutBody c = Bodies.body(body);
        Checkout checkout = new Checkout(Bodies.require(c.lines(), "lines"), Bodies.require(c.expectedTotalFen(), "expectedTotalFen"),
                Bodies.require(c.address(), "address"));
        ShopOrder order = shop.orders().checkout(openid, checkout);
        return new Placed(order, shop.payments().prepay(order.outTradeNo(), openid));
    }

    /** The pay parameters again (the buyer closed the pay sheet); the same prepay order at WeChat Pay. */
    @PostMapping("/orders/{outTradeNo}/pay")
    Map<String, String> pay(@PathVariable String outTradeNo, HttpServletRequest request) {
        return shop.payments().prepay(outTradeNo, requests.openid(request));
    }

    @GetMapping("/orders")
    PageView<ShopOrder> myOrders(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size,
                                 HttpServletRequest request) {
        return PageView.of(shop.orders().of(requests.openid(request), ModuleRequests.page(cursor, size)));
    }

    @GetMapping("/orders/{outTradeNo}")
    ShopOrder order(@PathVariable String outTradeNo, HttpServletRequest request) {
        return mine(outTradeNo, requests.openid(request));
    }

    @PostMapping("/orders/{outTradeNo}/cancel")
    ShopOrder cancel(@PathVariable String outTradeNo, HttpServletRequest request) {
        String openid = requests.openid(request);
        shop.payments().cancel(outTradeNo, openid);
        return shop.orders().get(outTradeNo);
    }

    record RefundRequest(String reason) {}

    /**
     * The buyer asks for a refund of a paid order. The request is written to the shop's audit log
     * (action {@code refund.request}, listed by {@code GET admin/refund-requests}) for the seller, who refunds
     * through {@code POST admin/orders/{no}/refund}: money only moves on a seller's decision.
     */
    @PostMapping("/orders/{outTradeNo}/refund-request")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> requestRefund(@PathVariable String outTradeNo, @RequestBody(required = false) RefundRequest body,
                                      HttpServletRequest request) {
        String openid = requests.openid(request);
        ShopOrder o = mine(outTradeNo, openid);
        if (o.status() != OrderStatus.PAID && o.status() != OrderStatus.PARTIALLY_REFUNDED) {
            throw new ModuleException(ShopError.REFUND_NOT_ALLOWED, "order " + o.outTradeNo() + " is " + o.status());
        }
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? "-" : Untrusted.clip(body.reason().strip());
        // the shop has no table of requests: the audit log keeps them, the order number first, then the reason
        context.audit().record(AuditEntry.of("shop", openid, REFUND_REQUEST, "order:" + o.outTradeNo() + " " + reason, "REQUESTED"));
        return Map.of("outTradeNo", o.outTradeNo(), "status", "REQUESTED");
    }

    private ShopOrder mine(String outTradeNo, String openid) {
        ShopOrder o = shop.orders().get(outTradeNo);
        if (!o.openid().equals(openid)) {
            throw new ModuleException(ShopError.NOT_FOUND, "no order " + Untrusted.clip(outTradeNo));
        }
        return o;
    }
}
