package io.wxkit.examples.shop;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.shop.Address;
import io.wxkit.modules.shop.Carts;
import io.wxkit.modules.shop.Checkout;
import io.wxkit.modules.shop.OrderStatus;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopOrder;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 微商城, the buying side: checkout from the cart, JSAPI prepay (inside WeChat the page calls
 * {@code getBrandWCPayRequest}; on the emulator its phone shows the pay sheet), my orders, a refund request.
 * The order turns PAID only when WeChat Pay's notification arrives ({@link ShopPayListener}).
 */
@Controller
class OrderController {
    /** Who the audit log names for refunds the demo grants on the buyer's request (there is no review step). */
    private static final String BUYER_REQUEST = "h5-refund-request";

    private final ShopModule shop;
    private final String serviceAppId;

    OrderController(ShopModule shop, Environment env) {
        this.shop = shop;
        this.serviceAppId = env.getProperty("wxkit.mp.accounts.svc.app-id");
    }

    @PostMapping("/shop/checkout")
    String checkout(@RequestParam(defaultValue = "") String receiver, @RequestParam(defaultValue = "") String phone,
                    @RequestParam(defaultValue = "") String address, @RequestParam long expectedTotalFen,
                    @WxUser WxUserPrincipal user, Model model, RedirectAttributes redirect) {
        List<Carts.CartLine> lines = shop.carts().lines(user.openid());
        Map<String, String> errors = CheckoutForm.check(receiver, phone, address);
        List<Checkout.Line> buy = lines.stream().filter(Carts.CartLine::onShelf)
                .map(l -> new Checkout.Line(l.skuId(), l.quantity())).toList();
        if (buy.isEmpty()) {
            model.addAttribute("error", "购物车是空的。The cart is empty.");
        } else if (!errors.isEmpty()) {
            model.addAttribute("error", "请修改标出的收货信息。Please correct the marked fields.");
        } else {
            try {
                ShopOrder order = shop.orders().checkout(user.openid(), new Checkout(buy, expectedTotalFen,
                        new Address(receiver.strip(), phone.strip(), address.strip())));
                redirect.addFlashAttribute("flash", "下单成功，请完成支付。Order placed: pay to confirm it.");
                return "redirect:/shop/orders/" + order.outTradeNo();
            } catch (ModuleException e) {
                model.addAttribute("error", ShopMessages.of(e));
            }
        }
        model.addAttribute("address", Map.of("receiver", receiver, "phone", phone, "address", address));
        return CheckoutForm.render(model, shop.carts().lines(user.openid()), errors);
    }

    @GetMapping("/shop/orders")
    String orders(@WxUser WxUserPrincipal user, Model model) {
        model.addAttribute("pageTitle", "我的订单");
        model.addAttribute("orders", shop.orders().of(user.openid(), PageRequest.first(50)).items());
        return "shop/orders";
    }

    @GetMapping("/shop/orders/{no}")
    String order(@PathVariable String no, @WxUser WxUserPrincipal user, Model model) {
        return render(model, mine(no, user));
    }

    @PostMapping("/shop/orders/{no}/pay")
    String pay(@PathVariable String no, @WxUser WxUserPrincipal user, Model model) {
        ShopOrder order = mine(no, user);
        try {
            Map<String, String> params = shop.payments().prepay(no, user.openid());
            model.addAttribute("payParams", params);
            model.addAttribute("payParamsJson", PayParamsJson.of(params));
            model.addAttribute("flash", "请在微信支付中确认付款。Confirm the payment in WeChat Pay.");
            model.addAttribute("phoneUrl", "/emulator/?appId=" + serviceAppId + "&openid=" + user.openid());
        } catch (ModuleException e) {
            model.addAttribute("error", ShopMessages.of(e));
        }
        return render(model, order);
    }

    @PostMapping("/shop/orders/{no}/cancel")
    String cancel(@PathVariable String no, @WxUser WxUserPrincipal user, RedirectAttributes redirect) {
        mine(no, user);
        try {
            shop.payments().cancel(no, user.openid());
            redirect.addFlashAttribute("flash", "订单已取消。The order is cancelled.");
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", ShopMessages.of(e));
        }
        return "redirect:/shop/orders/" + no;
    }

    /** The buyer's refund request, granted in full at once: the demo has no seller review step. */
    @PostMapping("/shop/orders/{no}/refund")
    String refund(@PathVariable String no, @RequestParam(defaultValue = "") String reason,
                  @WxUser WxUserPrincipal user, Model model, RedirectAttributes redirect) {
        ShopOrder order = mine(no, user);
        if (reason.isBlank() || reason.strip().length() > 80) {
            model.addAttribute("reasonError", "请填写 1–80 字的退款原因。Give a reason of 1 to 80 characters.");
            model.addAttribute("reason", reason);
            return render(model, order);
        }
        try {
            shop.refunds().refund(no, order.totalFen() - order.refundedFen(), reason.strip(), BUYER_REQUEST);
            redirect.addFlashAttribute("flash", "退款申请已提交。The refund is on its way.");
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", ShopMessages.of(e));
        }
        return "redirect:/shop/orders/" + no;
    }

    private String render(Model model, ShopOrder order) {
        model.addAttribute("pageTitle", "订单详情");
        model.addAttribute("order", order);
        model.addAttribute("total", ShopMessages.yuan(order.totalFen()));
        model.addAttribute("refunded", ShopMessages.yuan(order.refundedFen()));
        model.addAttribute("payable", order.status() == OrderStatus.CREATED);
        model.addAttribute("refundable", order.status() == OrderStatus.PAID
                || order.status() == OrderStatus.PARTIALLY_REFUNDED);
        model.addAttribute("statusText", OrderStatusText.of(order.status()));
        return "shop/order";
    }

    // another buyer's order is answered as a missing one
    private ShopOrder mine(String no, WxUserPrincipal user) {
        try {
            ShopOrder order = shop.orders().get(no);
            if (order.openid().equals(user.openid())) {
                return order;
            }
        } catch (ModuleException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, ShopMessages.of(e), e);
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个订单。No such order.");
    }
}
