package org.councilfeedback.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The confirmation page: the reference, how we acknowledged the feedback (online: on this page at once, and by
 * email when that is how the person wants us to reply), and what happens next and when, in the council's wording.
 * It shows only the feedback sent from this browser session.
 */
@Controller
class FeedbackGivenController {

    static final String PATH = "/feedback-given/confirmation";
    static final String VIEW = "public/feedback-given";
    static final String NOT_FOUND_VIEW = "public/not-found";

    /** Working days for a stage 1 complaint response, as the acknowledgement email says. */
    static final int COMPLAINT_RESPONSE_WORKING_DAYS = 10;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final CouncilProfile council;
    private final WorkingDayCalendar calendar;

    FeedbackGivenController(CouncilProfile council, WorkingDayCalendar calendar) {
        this.council = council;
        this.calendar = calendar;
    }

    @GetMapping(PATH)
    String confirmation(HttpSession session, Model model, HttpServletResponse response) {
        FeedbackJourney journey = Journeys.current(session);
        if (journey == null || !journey.isSent()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return NOT_FOUND_VIEW;
        }
        model.addAttribute("sent", journey);
        if (journey.getReference() != null && journey.getAcknowledgementMethod() != AcknowledgementMethod.NONE) {
            model.addAttribute("nextSteps", council.wording("acknowledgement.next-steps", values(journey)));
        }
        model.addAttribute("contactUs", council.wording("acknowledgement.contact", values(journey)));
        return VIEW;
    }

    private Map<String, String> values(FeedbackJourney journey) {
        LocalDate receivedOn = journey.getReceivedOn();
        LocalDate responseBy = calendar.addWorkingDays(calendar.onOrAfter(receivedOn), COMPLAINT_RESPONSE_WORKING_DAYS);
        var contacts = council.contacts();
        Map<String, String> values = new HashMap<>();
        values.put("council", council.name());
        values.put("reference", journey.getReference());
        values.put("receivedDate", receivedOn.format(DATE));
        values.put("complaintResponseBy", responseBy.format(DATE));
        values.put("customerServicesPhone", contacts.customerServices().phone());
        values.put("minicom", contacts.customerServices().minicom());
        values.put("postalAddress", contacts.postalAddressOneLine());
        values.put("safeguardingPhone", contacts.safeguarding().phone());
        return values;
    }
}
