package io.wxkit.examples.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 微官网: the organisation's micro site, opened from the menu and from the welcome news. */
@Controller
class SiteController {

    @GetMapping("/site")
    String site(Model model) {
        model.addAttribute("pageTitle", "微官网");
        return "site/index";
    }
}
