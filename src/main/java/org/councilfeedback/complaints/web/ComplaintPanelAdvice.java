package org.councilfeedback.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.councilfeedback.complaints.ComplaintOverviews;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives the case page ({@code /staff/feedback/{reference}}) its complaint panel: the complaint as the signed-in member
 * of staff may handle it ({@code complaintPanel}, null when the feedback is not handled under a complaints procedure)
 * and where its deadlines stand for the badges ({@code complaintDue}).
 */
@ControllerAdvice(annotations = StaffPages.class)
class ComplaintPanelAdvice {

    static final String CASE_PAGE = "/staff/feedback/{reference}";

    private final ComplaintOverviews overviews;
    private final CouncilProfile profile;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    ComplaintPanelAdvice(ComplaintOverviews overviews, CouncilProfile profile, Clock clock, WorkingDayCalendar calendar) {
        this.overviews = overviews;
        this.profile = profile;
        this.clock = clock;
        this.calendar = calendar;
    }

    @ModelAttribute
    void panel(HttpServletRequest request, Authentication authentication, org.springframework.ui.Model model) {
        if (!CASE_PAGE.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
                || authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !"GET".equals(request.getMethod())) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String reference = variables == null ? null : variables.get("reference");
        if (reference == null) {
            return;
        }
        overviews.of(reference, Callers.actor(authentication)).ifPresent(overview -> {
            model.addAttribute("complaintPanel", overview);
            model.addAttribute("complaintDue", new DueBadges(LocalDate.ofInstant(clock.instant(), profile.timeZone()), calendar));
        });
        model.addAttribute("mayClassify", Callers.roles(authentication).stream().anyMatch(role ->
                role.name().equals("COMPLAINTS_OFFICER") || role.name().equals("SOCIAL_CARE_COMPLAINTS")
                        || role.name().equals("DATA_PROTECTION_OFFICER")));
    }
}
