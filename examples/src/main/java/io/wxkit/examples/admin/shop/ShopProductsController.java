package io.wxkit.examples.admin.shop;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.shop.Product;
import io.wxkit.modules.shop.ShopModule;
import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/shop} (微商城 · 商品): every product with its SKUs, on the shelf or not; change a SKU's price, restock
 * it (or take units out), put a product on or off the shelf. Each change goes through the shop module's
 * {@code Catalogue} (which audits it in the module) and the console's audit log.
 */
@Controller
class ShopProductsController {
    private static final int PAGE = 30;
    private final ObjectProvider<ShopModule> shop;
    private final AuditLog audit;

    ShopProductsController(ObjectProvider<ShopModule> shop, AuditLog audit) {
        this.shop = shop;
        this.audit = audit;
    }

    @GetMapping("/admin/shop")
    String products(@RequestParam(required = false) String after, Model model) {
        ShopModule module = ShopNav.shop(shop, model);
        if (module != null) {
            Page<Product> page = module.catalogue().all(after == null ? PageRequest.first(PAGE) : PageRequest.after(after, PAGE));
            model.addAttribute("products", page.items());
            model.addAttribute("next", page.next().orElse(null));
            model.addAttribute("categories", module.catalogue().categories());
        }
        return "admin/shop-products";
    }

    @PostMapping("/admin/shop/skus/{skuId}/price")
    String reprice(@PathVariable long skuId, @RequestParam(defaultValue = "") String price, Principal who,
                   RedirectAttributes redirect) {
        var fen = Yuan.parse(price).filter(f -> f > 0);
        if (fen.isEmpty()) {
            return keep(redirect, skuId, "price", price, "价格格式如 68 或 68.50 A price in yuan, e.g. 68.50");
        }
        try {
            shop.getObject().catalogue().reprice(skuId, fen.get(), who.getName());
            audit.record(who.getName(), "shop.reprice", "sku " + skuId + " → " + Yuan.format(fen.get()) + " 元");
            redirect.addFlashAttribute("flash", "已改价 Price changed: ¥" + Yuan.format(fen.get()));
        } catch (ModuleException e) {
            ShopNav.refused(redirect, "未改价 Not changed", e);
        }
        return "redirect:/admin/shop#sku-" + skuId;
    }

    @PostMapping("/admin/shop/skus/{skuId}/restock")
    String restock(@PathVariable long skuId, @RequestParam(defaultValue = "") String delta, Principal who,
                   RedirectAttributes redirect) {
        if (!delta.strip().matches("-?\\d{1,6}") || Integer.parseInt(delta.strip()) == 0) {
            return keep(redirect, skuId, "delta", delta, "补货数量：非零整数，负数为减少 A non-zero whole number (negative removes)");
        }
        int units = Integer.parseInt(delta.strip());
        try {
            shop.getObject().catalogue().restock(skuId, units, who.getName());
            audit.record(who.getName(), "shop.restock", "sku " + skuId + " " + (units > 0 ? "+" : "") + units);
            redirect.addFlashAttribute("flash", "库存已更新 Stock changed by " + units);
        } catch (ModuleException e) {
            ShopNav.refused(redirect, "库存未变 Stock not changed", e);
        }
        return "redirect:/admin/shop#sku-" + skuId;
    }

    @PostMapping("/admin/shop/products/{id}/shelf")
    String shelve(@PathVariable long id, @RequestParam boolean onShelf, Principal who, RedirectAttributes redirect) {
        try {
            shop.getObject().catalogue().shelve(id, onShelf, who.getName());
            audit.record(who.getName(), onShelf ? "shop.on-shelf" : "shop.off-shelf", "product " + id);
            redirect.addFlashAttribute("flash", onShelf ? "已上架 On the shelf" : "已下架 Off the shelf");
        } catch (ModuleException e) {
            ShopNav.refused(redirect, "未更改 Not changed", e);
        }
        return "redirect:/admin/shop";
    }

    /** Back to the list with the field's error next to the SKU and what was typed kept in it. */
    private static String keep(RedirectAttributes redirect, long skuId, String field, String typed, String problem) {
        redirect.addFlashAttribute("error", "未保存 Not saved: " + problem);
        redirect.addFlashAttribute("badSku", skuId);
        redirect.addFlashAttribute("badField", field);
        redirect.addFlashAttribute("typed", typed);
        return "redirect:/admin/shop#sku-" + skuId;
    }
}
