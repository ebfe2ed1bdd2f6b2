package org.councilfeedback.access.web;

import java.security.Principal;
import org.councilfeedback.access.ApiTokens;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /staff/account/tokens}: a member of staff's own personal API tokens. A new token's secret is shown once, on
 * the page the creation redirects to, and never again.
 */
@StaffPages
@PreAuthorize("isAuthenticated()")
class ApiTokensController {

    static final String VIEW = "staff/tokens";
    static final String PATH = "/staff/account/tokens";
    static final int NAME_MAX = 100;

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** The "create a token" form. */
    static class NewTokenForm {

        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @InitBinder("newToken")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("name");
    }

    @GetMapping(PATH)
    String list(Principal principal, Model model) {
        return page(principal, model, new NewTokenForm(), new FormErrors());
    }

    @PostMapping(PATH)
    String create(@ModelAttribute("newToken") NewTokenForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        String name = form.getName() == null ? "" : form.getName().trim();
        FormErrors errors = new FormErrors();
        if (name.isEmpty()) {
            errors.add("name", "Enter a name for the token, such as the system that will use it");
        } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
            errors.add("name", "The token name must be " + NAME_MAX + " characters or fewer");
        } else if (name.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add("name", "The token name must not contain control characters");
        }
        if (!errors.isEmpty()) {
            return page(principal, model, form, errors);
        }
        String secret = tokens.issue(principal.getName(), name);
        redirect.addFlashAttribute("newTokenName", name);
        redirect.addFlashAttribute("newTokenSecret", secret);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        String name = tokens.of(principal.getName()).stream().filter(token -> token.id() == id)
                .map(ApiTokens.TokenSummary::name).findFirst().orElse(null);
        if (tokens.revoke(principal.getName(), id)) {
            redirect.addFlashAttribute("revokedTokenName", name);
        }
        return "redirect:" + PATH;
    }

    private String page(Principal principal, Model model, NewTokenForm form, FormErrors errors) {
        model.addAttribute("tokens", tokens.of(principal.getName()));
        model.addAttribute("newToken", form);
        model.addAttribute("errors", errors);
        model.addAttribute("nameMax", NAME_MAX);
        return VIEW;
    }
}
