package io.wxkit.examples.shop;

import io.wxkit.modules.shop.Carts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.ui.Model;

/** The cart page with its delivery address form: the checks a buyer sees next to each field. */
final class CheckoutForm {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private CheckoutForm() {
    }

    /** Field → problem for the address as typed; empty when it can be used. */
    static Map<String, String> check(String receiver, String phone, String address) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (receiver.isBlank()) {
            errors.put("receiver", "请填写收货人。Enter the receiver.");
        } else if (receiver.strip().length() > 64) {
            errors.put("receiver", "收货人最多 64 个字。At most 64 characters.");
        }
        String digits = phone.replaceAll("[\\s-]", "").replaceFirst("^\\+86", "");
        if (!MOBILE.matcher(digits).matches()) {
            errors.put("phone", "请填写 11 位手机号。Enter an 11-digit mobile number.");
        }
        if (address.isBlank()) {
            errors.put("address", "请填写收货地址。Enter the address.");
        } else if (address.strip().length() > 300) {
            errors.put("address", "地址最多 300 个字。At most 300 characters.");
        }
        return errors;
    }

    static String render(Model model, List<Carts.CartLine> lines, Map<String, String> errors) {
        long total = lines.stream().filter(Carts.CartLine::onShelf).mapToLong(Carts.CartLine::amountFen).sum();
        model.addAttribute("pageTitle", "购物车");
        model.addAttribute("lines", lines);
        model.addAttribute("totalFen", total);
        model.addAttribute("total", ShopMessages.yuan(total));
        model.addAttribute("errors", errors);
        return "shop/cart";
    }
}
