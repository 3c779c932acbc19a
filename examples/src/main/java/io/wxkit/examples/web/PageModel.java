package io.wxkit.examples.web;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's model carries: the emulator's URL when the app runs on it (pages link to the phone), absent
 * with real WeChat. Thymeleaf 3.1 forbids reading beans such as the environment from a template, hence this.
 */
@ControllerAdvice
class PageModel {
    private final String emulatorUrl;

    PageModel(Environment env) {
        this.emulatorUrl = env.getProperty("examples.emulator.url");
    }

    @ModelAttribute("emulatorUrl")
    String emulatorUrl() {
        return emulatorUrl;
    }
}
