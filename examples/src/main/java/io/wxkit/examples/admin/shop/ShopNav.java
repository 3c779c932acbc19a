package io.wxkit.examples.admin.shop;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.shop.ShopModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the three shop pages share: the module bean (absent when the shop is off) and how a refusal is shown. */
final class ShopNav {
    private ShopNav() {
    }

    /** The shop, or {@code null} after telling the page the module is off. */
    static ShopModule shop(ObjectProvider<ShopModule> provider, Model model) {
        ShopModule shop = provider.getIfAvailable();
        model.addAttribute("enabled", shop != null);
        return shop;
    }

    /** A module refusal as the next page's error: its stable code and its message. */
    static void refused(RedirectAttributes redirect, String what, ModuleException e) {
        redirect.addFlashAttribute("error", what + ": " + e.code() + " — " + e.getMessage());
    }
}
