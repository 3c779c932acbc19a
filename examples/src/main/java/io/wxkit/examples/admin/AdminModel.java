package io.wxkit.examples.admin;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's model carries: the areas the signed-in staff member may open (the navigation). */
@ControllerAdvice(basePackages = "io.wxkit.examples.admin")
class AdminModel {

    @ModelAttribute("areas")
    List<AdminArea> areas(Authentication auth) {
        return auth == null ? List.of() : AdminArea.openFor(roles(auth));
    }

    /** A request naming something that does not exist (an unknown account, activity, article): a 400 page saying so. */
    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(IllegalArgumentException e, Model model) {
        model.addAttribute("problem", e.getMessage());
        return "admin/problem";
    }

    /** The role names (without {@code ROLE_}) held by {@code auth}. */
    static Set<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    }
}
