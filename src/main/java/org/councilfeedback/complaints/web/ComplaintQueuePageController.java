package org.councilfeedback.complaints.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilfeedback.access.Role;
import org.councilfeedback.complaints.ComplaintQueues;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /staff/complaints}: the caseworker's complaint queues (my cases, the team's queue, due soon and overdue), each
 * open stage with its reference, process, stage, handler and next deadline.
 */
@StaffPages
@PreAuthorize(Callers.HANDLERS)
class ComplaintQueuePageController {

    static final String VIEW = "staff/complaints/queues";

    /** One of the sub-navigation's queues. */
    record Queue(String path, String label, String empty) {}

    static final List<Queue> QUEUES = List.of(
            new Queue("", "My cases", "You are not handling any open complaint stages."),
            new Queue("team", "Team queue", "Your team has no open complaint stages."),
            new Queue("due-soon", "Due soon", "Nothing falls due in the next few working days."),
            new Queue("overdue", "Overdue", "Nothing is overdue."));

    private final ComplaintQueues queues;
    private final WorkingDayCalendar calendar;
    private final CouncilProfile profile;
    private final Clock clock;

    ComplaintQueuePageController(ComplaintQueues queues, WorkingDayCalendar calendar, CouncilProfile profile, Clock clock) {
        this.queues = queues;
        this.calendar = calendar;
        this.profile = profile;
        this.clock = clock;
    }

    @GetMapping("/staff/complaints")
    String mine(Authentication authentication, Model model) {
        return page(QUEUES.get(0), queues.myCases(authentication.getName()), model);
    }

    @GetMapping("/staff/complaints/{queue}")
    String queue(@PathVariable String queue, Authentication authentication, Model model) {
        Set<Role> roles = Callers.roles(authentication);
        return switch (queue) {
            case "team" -> page(QUEUES.get(1), queues.teamQueue(roles), model);
            case "due-soon" -> page(QUEUES.get(2), queues.dueSoon(roles), model);
            case "overdue" -> page(QUEUES.get(3), queues.overdue(roles), model);
            default -> throw new PageNotFoundException();
        };
    }

    private String page(Queue queue, List<ComplaintQueues.ComplaintSummary> rows, Model model) {
        model.addAttribute("queues", QUEUES);
        model.addAttribute("queue", queue);
        model.addAttribute("rows", rows);
        model.addAttribute("due", new DueBadges(LocalDate.ofInstant(clock.instant(), profile.timeZone()), calendar));
        return VIEW;
    }
}
