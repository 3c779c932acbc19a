package io.wxkit.examples.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.ui.Model;

/** The console's front door: the login page, the start page (links to the areas), and the 403 page. */
@Controller
class AdminHomeController {

    @GetMapping({"/admin", "/admin/"})
    String home() {
        return "admin/home";
    }

    @GetMapping("/admin/login")
    String login(@RequestParam(required = false) String username, Model model) {
        model.addAttribute("username", username == null ? "" : username);
        return "admin/login";
    }

    @RequestMapping("/admin/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "admin/denied";
    }
}
