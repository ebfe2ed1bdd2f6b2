package org.councilfeedback.correspondence.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.Letters;
import org.councilfeedback.correspondence.MessageStatus;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.web.DueState;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /staff/print-queue}: letters waiting to be printed and posted, each as a PDF, then marked as posted. */
@StaffPages
@PreAuthorize(CorrespondenceRoles.SENDERS)
class PrintQueueController {

    static final String VIEW = "staff/print-queue";
    static final String PATH = "/staff/print-queue";

    private final Correspondence correspondence;
    private final Clock clock;
    private final Letters letters;

    PrintQueueController(Correspondence correspondence, Clock clock, Letters letters) {
        this.correspondence = correspondence;
        this.clock = clock;
        this.letters = letters;
    }

    @GetMapping(PATH)
    String queue(Model model) {
        List<OutgoingMessage> letters = correspondence.printQueue();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("letters", letters);
        model.addAttribute("dueStates", letters.stream().collect(Collectors.toMap(OutgoingMessage::id,
                message -> DueState.of(message.dueBy(), message.isDone(), today))));
        return VIEW;
    }

    @GetMapping(PATH + "/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        OutgoingMessage letter = letter(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(letter.reference() + "-letter-" + letter.id() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(letters.pdf(letter));
    }

    @PostMapping(PATH + "/{id}/posted")
    String markPosted(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        OutgoingMessage letter = letter(id);
        if (correspondence.markPosted(id, principal.getName())) {
            redirect.addFlashAttribute("posted", letter.reference());
        } else if (letter.status() == MessageStatus.POSTED) {
            redirect.addFlashAttribute("alreadyPosted", letter.reference());
        }
        return "redirect:" + PATH;
    }

    private OutgoingMessage letter(long id) {
        return correspondence.find(id).filter(message -> message.method() == ContactMethod.LETTER)
                .orElseThrow(PageNotFoundException::new);
    }
}
