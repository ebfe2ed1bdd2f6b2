package org.councilfeedback.intake.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the pages every public page links to: accessibility statement, privacy notice, cookies. */
@Controller
class PublicPagesController {

    static final String START_VIEW = "public/start";
    static final String ACCESSIBILITY_VIEW = "public/accessibility";
    static final String PRIVACY_VIEW = "public/privacy";
    static final String COOKIES_VIEW = "public/cookies";

    @GetMapping("/")
    String start() {
        return START_VIEW;
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return ACCESSIBILITY_VIEW;
    }

    @GetMapping("/privacy")
    String privacy() {
        return PRIVACY_VIEW;
    }

    @GetMapping("/cookies")
    String cookies() {
        return COOKIES_VIEW;
    }
}
