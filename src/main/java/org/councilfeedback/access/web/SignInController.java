package org.councilfeedback.access.web;

import org.councilfeedback.web.StaffPages;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /staff/sign-in}: the staff sign-in form. Spring Security processes the form's POST to the same address and
 * comes back here with {@code ?error} or, after signing out, {@code ?signedOut}.
 */
@StaffPages
class SignInController {

    static final String VIEW = "staff/sign-in";

    @GetMapping("/staff/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
            Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && error == null && signedOut == null) {
            return "redirect:/staff";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null && error == null);
        return VIEW;
    }
}
