package io.wxkit.examples.shop;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.shop.Category;
import io.wxkit.modules.shop.Product;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 微商城, the browsing side: catalogue by category, a product with its SKUs, the cart. */
@Controller
class ShopController {
    private final ShopModule shop;

    ShopController(ShopModule shop) {
        this.shop = shop;
    }

    @GetMapping("/shop")
    String catalogue(Model model) {
        Map<Category, List<Product>> shelves = new LinkedHashMap<>();
        for (Category c : shop.catalogue().categories()) {
            shelves.put(c, shop.catalogue().onShelf(c.id()));
        }
        model.addAttribute("pageTitle", "微商城");
        model.addAttribute("shelves", shelves);
        return "shop/catalogue";
    }

    @GetMapping("/shop/product/{id}")
    String product(@PathVariable long id, Model model) {
        Product p;
        try {
            p = shop.catalogue().product(id);
        } catch (ModuleException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, ShopMessages.of(e), e);
        }
        model.addAttribute("pageTitle", "商品详情");
        model.addAttribute("product", p);
        return "shop/product";
    }

    @PostMapping("/shop/cart")
    String put(@RequestParam long skuId, @RequestParam(defaultValue = "1") String quantity,
               @RequestParam long productId, @WxUser WxUserPrincipal user, RedirectAttributes redirect) {
        int n;
        try {
            n = Integer.parseInt(quantity.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > 999) {
            redirect.addFlashAttribute("error", "数量请填写 0–999。Quantity must be 0 to 999.");
            return "redirect:/shop/product/" + productId;
        }
        try {
            shop.carts().put(user.openid(), skuId, n);
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", ShopMessages.of(e));
            return "redirect:/shop/product/" + productId;
        }
        redirect.addFlashAttribute("flash", n == 0 ? "已从购物车移除。Removed." : "已加入购物车。Added to the cart.");
        return "redirect:/shop/cart";
    }

    @GetMapping("/shop/cart")
    String cart(@WxUser WxUserPrincipal user, Model model) {
        model.addAttribute("address", Map.of());
        return CheckoutForm.render(model, shop.carts().lines(user.openid()), Map.of());
    }
}
