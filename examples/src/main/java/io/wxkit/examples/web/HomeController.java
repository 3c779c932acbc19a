package io.wxkit.examples.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The app's front door: a list of every page, for a person who opened the app in a browser. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
