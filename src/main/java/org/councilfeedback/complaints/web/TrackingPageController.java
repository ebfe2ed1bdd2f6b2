package org.councilfeedback.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.councilfeedback.complaints.Actor;
import org.councilfeedback.complaints.ComplaintCommands;
import org.councilfeedback.complaints.ComplaintException;
import org.councilfeedback.complaints.ComplaintHandling;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /track/{token}}: the complainant's own page. It shows where the complaint is and when we will respond, lets
 * them send more information and ask for the next stage. Every POST redirects back; a link that does not work gets the
 * same page whatever the reason.
 */
@Controller
@RequestMapping("/track/{token}")
class TrackingPageController {

    static final String STATUS_VIEW = "track/status";
    static final String NOT_FOUND_VIEW = "track/not-found";
    static final String TOO_MANY_VIEW = "track/too-many";

    private final TrackedComplaint tracked;
    private final ComplaintHandling handling;
    private final CouncilProfile profile;

    TrackingPageController(TrackedComplaint tracked, ComplaintHandling handling, CouncilProfile profile) {
        this.tracked = tracked;
        this.handling = handling;
        this.profile = profile;
    }

    @GetMapping
    String show(@PathVariable String token, @RequestParam(required = false) String done, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        TrackedComplaint.Lookup lookup = tracked.find(token, request);
        String failed = failed(lookup, response, model);
        if (failed != null) {
            return failed;
        }
        model.addAttribute("done", "information".equals(done) || "escalation".equals(done) ? done : null);
        return page(token, lookup.reference(), model, TrackingErrors.none(), Map.of());
    }

    @PostMapping("/information")
    String addInformation(@PathVariable String token, @RequestParam(name = "text", required = false) String text,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        TrackedComplaint.Lookup lookup = tracked.find(token, request);
        String failed = failed(lookup, response, model);
        if (failed != null) {
            return failed;
        }
        try {
            handling.addInformation(lookup.reference(), new ComplaintCommands.Information(text));
        } catch (ComplaintException.Invalid e) {
            response.setStatus(400);
            return page(token, lookup.reference(), model, TrackingErrors.of("text", e.getMessage()),
                    Map.of("text", text == null ? "" : text));
        }
        return "redirect:/track/" + token + "?done=information";
    }

    @PostMapping("/escalation")
    String escalate(@PathVariable String token, @RequestParam(name = "reason", required = false) String reason,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        TrackedComplaint.Lookup lookup = tracked.find(token, request);
        String failed = failed(lookup, response, model);
        if (failed != null) {
            return failed;
        }
        try {
            handling.escalate(lookup.reference(), new ComplaintCommands.Escalation(reason), Actor.viaTrackingLink());
        } catch (ComplaintException.Invalid | ComplaintException.RuleBroken e) {
            response.setStatus(e instanceof ComplaintException.Invalid ? 400 : 422);
            return page(token, lookup.reference(), model, TrackingErrors.of("reason", e.getMessage()),
                    Map.of("reason", reason == null ? "" : reason));
        }
        return "redirect:/track/" + token + "?done=escalation";
    }

    private String page(String token, String reference, Model model, TrackingErrors errors, Map<String, String> values) {
        model.addAttribute("token", token);
        model.addAttribute("complaint", handling.trackingView(reference));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("maxText", ComplaintHandling.MAX_TEXT);
        return STATUS_VIEW;
    }

    private String failed(TrackedComplaint.Lookup lookup, HttpServletResponse response, Model model) {
        model.addAttribute("customerServicesPhone", profile.contacts().customerServices().phone());
        if (lookup.limited()) {
            long seconds = TrackedComplaint.seconds(lookup.retryAfter());
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            model.addAttribute("seconds", seconds);
            return TOO_MANY_VIEW;
        }
        if (lookup.found().isEmpty()) {
            response.setStatus(404);
            return NOT_FOUND_VIEW;
        }
        return null;
    }
}
