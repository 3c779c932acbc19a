package io.wxkit.examples.admin.shop;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.shop.OrderStatus;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopOrder;
import java.security.Principal;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/shop/orders} (订单): every buyer's orders filtered by status and placing date, newest first; an
 * order's page with its lines, address and transitions, where staff ship it (carrier, tracking number) or refund
 * part or all of it. The refund goes through the shop module's {@code Refunds} to WeChat Pay (the emulator here);
 * its result arrives with WeChat Pay's refund notification, so the order shows REFUNDING until then.
 */
@Controller
class ShopOrdersController {
    private static final int PAGE = 50;
    private final ObjectProvider<ShopModule> shop;
    private final AuditLog audit;

    ShopOrdersController(ObjectProvider<ShopModule> shop, AuditLog audit) {
        this.shop = shop;
        this.audit = audit;
    }

    @GetMapping("/admin/shop/orders")
    String orders(@RequestParam(required = false) String status, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String after, Model model) {
        OrderFilter filter = new OrderFilter(status, from, to);
        Map<String, String> errors = filter.errors();
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", OrderStatus.values());
        ShopModule module = ShopNav.shop(shop, model);
        if (module != null && errors.isEmpty()) {
            Page<ShopOrder> page = module.orders().search(filter.orderStatus(), filter.fromInstant(), filter.toInstant(),
                    after == null ? PageRequest.first(PAGE) : PageRequest.after(after, PAGE));
            model.addAttribute("orders", page.items());
            model.addAttribute("next", page.next().orElse(null));
        } else {
            model.addAttribute("orders", java.util.List.of());
            if (!errors.isEmpty()) {
                model.addAttribute("error", "筛选条件有误 Check the filters");
            }
        }
        return "admin/shop-orders";
    }

    @GetMapping("/admin/shop/orders/{no}")
    String order(@PathVariable String no, Model model) {
        ShopModule module = shop.getObject();
        ShopOrder order = found(module, no);
        model.addAttribute("order", order);
        model.addAttribute("history", module.orders().history(no));
        model.addAttribute("canShip", order.status().canMoveTo(OrderStatus.SHIPPED));
        model.addAttribute("canRefund", order.status().canMoveTo(OrderStatus.REFUNDING));
        model.addAttribute("refundable", Yuan.format(order.totalFen() - order.refundedFen()));
        return "admin/shop-order";
    }

    @PostMapping("/admin/shop/orders/{no}/ship")
    String ship(@PathVariable String no, @RequestParam(defaultValue = "") String carrier,
                @RequestParam(defaultValue = "") String trackingNo, Principal who, RedirectAttributes redirect) {
        try {
            shop.getObject().orders().ship(no, carrier.strip(), trackingNo.strip(), who.getName());
            audit.record(who.getName(), "shop.ship", "order " + no + " " + carrier.strip() + " " + trackingNo.strip());
            redirect.addFlashAttribute("flash", "已发货 Shipped");
        } catch (ModuleException e) {
            ShopNav.refused(redirect, "未发货 Not shipped", e);
            redirect.addFlashAttribute("carrier", carrier);
            redirect.addFlashAttribute("trackingNo", trackingNo);
        }
        return "redirect:/admin/shop/orders/" + no;
    }

    @PostMapping("/admin/shop/orders/{no}/refund")
    String refund(@PathVariable String no, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "") String reason, Principal who, RedirectAttributes redirect) {
        var fen = Yuan.parse(amount).filter(f -> f > 0);
        if (fen.isEmpty() || reason.isBlank() || reason.strip().length() > 80) {
            redirect.addFlashAttribute("error", "未退款 Not refunded: " + (fen.isEmpty()
                    ? "金额格式如 68 或 68.50 An amount in yuan, e.g. 68.50" : "请填写退款原因（≤ 80 字）A reason of 1–80 characters"));
            redirect.addFlashAttribute("amount", amount);
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/admin/shop/orders/" + no;
        }
        try {
            String refundNo = shop.getObject().refunds().refund(no, fen.get(), reason.strip(), who.getName());
            audit.record(who.getName(), "shop.refund", "order " + no + " " + refundNo + " " + Yuan.format(fen.get()) + " 元: "
                    + reason.strip());
            redirect.addFlashAttribute("flash", "已申请退款 Refund applied for: " + refundNo + " ¥" + Yuan.format(fen.get()));
        } catch (ModuleException e) {
            ShopNav.refused(redirect, "未退款 Not refunded", e);
            redirect.addFlashAttribute("amount", amount);
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/admin/shop/orders/" + no;
    }

    /** The order, or the 400 page naming it (an unknown order number is a bad request, like an unknown activity). */
    private static ShopOrder found(ShopModule module, String no) {
        try {
            return module.orders().get(no);
        } catch (ModuleException e) {
            throw new IllegalArgumentException("没有订单 No order " + no, e);
        }
    }
}
