package org.councilfeedback.correspondence.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageStatus;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.web.DueState;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /staff/calls}: phone calls to make, each with the number and what to say, then marked as made. */
@StaffPages
@PreAuthorize(CorrespondenceRoles.SENDERS)
class CallTasksController {

    static final String VIEW = "staff/calls";
    static final String PATH = "/staff/calls";

    private final Correspondence correspondence;
    private final Clock clock;

    CallTasksController(Correspondence correspondence, Clock clock) {
        this.correspondence = correspondence;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String calls(Model model) {
        List<OutgoingMessage> calls = correspondence.callTasks();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("calls", calls);
        model.addAttribute("dueStates", calls.stream().collect(Collectors.toMap(OutgoingMessage::id,
                message -> DueState.of(message.dueBy(), message.isDone(), today))));
        return VIEW;
    }

    @PostMapping(PATH + "/{id}/done")
    String markCalled(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        OutgoingMessage call = correspondence.find(id).filter(message -> message.method() == ContactMethod.PHONE)
                .orElseThrow(PageNotFoundException::new);
        if (correspondence.markCalled(id, principal.getName())) {
            redirect.addFlashAttribute("called", call.reference());
        } else if (call.status() == MessageStatus.CALLED) {
            redirect.addFlashAttribute("alreadyCalled", call.reference());
        }
        return "redirect:" + PATH;
    }
}
