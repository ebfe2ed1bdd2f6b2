package org.councilfeedback.correspondence.web;

import java.util.List;
import org.councilfeedback.correspondence.MailCapture;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /staff/mail}: the emails the embedded default's local mail capture has received, newest first, so that a
 * newcomer can read the acknowledgements. "Page not found" wherever mail capture is off (production).
 */
@StaffPages
@PreAuthorize(CorrespondenceRoles.CASE_READERS)
class MailCaptureController {

    static final String LIST_VIEW = "staff/mail";
    static final String MESSAGE_VIEW = "staff/mail-message";
    static final String PATH = "/staff/mail";

    private final ObjectProvider<MailCapture> capture;

    MailCaptureController(ObjectProvider<MailCapture> capture) {
        this.capture = capture;
    }

    /** A captured email with its number: 1 for the first one captured, so numbers stay put as more arrive. */
    record NumberedMail(int number, MailCapture.CapturedMail mail) {}

    @GetMapping(PATH)
    String list(Model model) {
        List<MailCapture.CapturedMail> mails = mails();
        model.addAttribute("mails", java.util.stream.IntStream.range(0, mails.size())
                .mapToObj(i -> new NumberedMail(mails.size() - i, mails.get(i))).toList());
        return LIST_VIEW;
    }

    @GetMapping(PATH + "/{number}")
    String message(@PathVariable int number, Model model) {
        List<MailCapture.CapturedMail> mails = mails();
        if (number < 1 || number > mails.size()) {
            throw new PageNotFoundException();
        }
        model.addAttribute("number", number);
        model.addAttribute("mail", mails.get(mails.size() - number));
        return MESSAGE_VIEW;
    }

    private List<MailCapture.CapturedMail> mails() {
        MailCapture mailCapture = capture.getIfAvailable();
        if (mailCapture == null) {
            throw new PageNotFoundException();
        }
        return mailCapture.messages();
    }
}
