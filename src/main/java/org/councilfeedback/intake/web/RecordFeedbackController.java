package org.councilfeedback.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.councilfeedback.intake.Acknowledgement;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackSubmission;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.IdempotencyConflictException;
import org.councilfeedback.intake.InvalidField;
import org.councilfeedback.intake.InvalidSubmissionException;
import org.councilfeedback.intake.OnBehalfOf;
import org.councilfeedback.intake.Receipt;
import org.councilfeedback.intake.SubmissionRules;
import org.councilfeedback.intake.Submitter;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.DisplayFormats;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /staff/record}: staff record feedback received on any channel, on one page. The form carries an
 * idempotency key made when it is shown, so a double click or a resubmitted page records the feedback once.
 */
@StaffPages
class RecordFeedbackController {

    static final String VIEW = "staff/record";
    static final String PATH = "/staff/record";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9-]{8,64}$");

    /** Where each rule's field is on the form. */
    private static final Map<String, String> FORM_FIELD = Map.ofEntries(
            Map.entry("contact.name", "name"),
            Map.entry("contact.email", "email"),
            Map.entry("contact.phone", "phone"),
            Map.entry("contact.address.line1", "addressLine1"),
            Map.entry("contact.address.line2", "addressLine2"),
            Map.entry("contact.address.townOrCity", "town"),
            Map.entry("contact.address.postcode", "postcode"),
            Map.entry("onBehalfOf.name", "onBehalfName"),
            Map.entry("onBehalfOf.relationship", "onBehalfRelationship"));

    /** The form's fields in page order, so that the error summary lists problems in the order they are met. */
    private static final List<String> PAGE_ORDER = List.of("record", "channel", "receivedAt", "type", "serviceArea",
            "description", "desiredOutcome", "eventDate", "anonymous", "contact", "name", "email", "phone",
            "addressLine1", "addressLine2", "town", "postcode", "preferredContactMethod", "onBehalfName",
            "onBehalfRelationship", "onBehalfConsent");

    /** The rules speak to the public; staff record for someone else. */
    private static final Map<String, String> STAFF_WORDING = Map.of(
            "Enter your name", "Enter the name of the person giving feedback",
            "Enter your feedback", "Enter the feedback",
            "Enter an email address, a postal address or a phone number so that we can reply, or choose to give feedback anonymously",
            "Enter an email address, a postal address or a phone number so that we can reply, or record the feedback as anonymous",
            "Leave out contact details if you want to give feedback anonymously",
            "Remove the contact details, or untick anonymous",
            "Enter your relationship to the person, for example parent or friend",
            "Enter how the person giving feedback is related to the person it is about, for example parent or friend");

    private final FeedbackIntake intake;
    private final SubmissionRules rules;
    private final CouncilProfile profile;
    private final Clock clock;
    private final DisplayFormats formats;

    RecordFeedbackController(FeedbackIntake intake, SubmissionRules rules, CouncilProfile profile, Clock clock,
            DisplayFormats formats) {
        this.intake = intake;
        this.rules = rules;
        this.profile = profile;
        this.clock = clock;
        this.formats = formats;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(RecordFeedbackForm.FIELDS);
    }

    @GetMapping(PATH)
    @PreAuthorize(StaffRoles.RECORDERS)
    String form(Model model) {
        RecordFeedbackForm form = new RecordFeedbackForm();
        LocalDateTime now = LocalDateTime.now(clock.withZone(profile.timeZone()));
        form.setReceivedDay(Integer.toString(now.getDayOfMonth()));
        form.setReceivedMonth(Integer.toString(now.getMonthValue()));
        form.setReceivedYear(Integer.toString(now.getYear()));
        form.setReceivedHour(String.format("%02d", now.getHour()));
        form.setReceivedMinute(String.format("%02d", now.getMinute()));
        form.setIdempotencyKey(newKey());
        return page(model, form, new FormErrors());
    }

    @PostMapping(PATH)
    @PreAuthorize(StaffRoles.RECORDERS)
    String record(@ModelAttribute("form") RecordFeedbackForm form, Principal principal, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        Map<String, String> problems = new LinkedHashMap<>();
        FeedbackSubmission submission = submission(form, problems);
        for (InvalidField invalid : rules.check(submission, true)) {
            problems.putIfAbsent(FORM_FIELD.getOrDefault(invalid.field(), invalid.field()),
                    STAFF_WORDING.getOrDefault(invalid.message(), invalid.message()));
        }
        if (!problems.isEmpty()) {
            return page(model, form, inPageOrder(problems));
        }
        String key = form.getIdempotencyKey() != null && IDEMPOTENCY_KEY.matcher(form.getIdempotencyKey()).matches()
                ? form.getIdempotencyKey() : null;
        FeedbackIntake.Outcome outcome;
        try {
            outcome = intake.submit(submission, Submitter.staff(principal.getName(), request.getRemoteAddr()), key);
        } catch (InvalidSubmissionException e) {
            e.errors().forEach(invalid -> problems.putIfAbsent(FORM_FIELD.getOrDefault(invalid.field(), invalid.field()),
                    STAFF_WORDING.getOrDefault(invalid.message(), invalid.message())));
            return page(model, form, inPageOrder(problems));
        } catch (IdempotencyConflictException e) {
            form.setIdempotencyKey(newKey());
            return page(model, form, new FormErrors().add("record", "This form was already used to record other "
                    + "feedback. Check the details below, then record this as new feedback."));
        }
        Receipt receipt = outcome.receipt();
        redirect.addFlashAttribute("recordedReference", receipt.reference());
        redirect.addFlashAttribute("recordedAcknowledgement", acknowledgement(receipt, submission));
        return "redirect:/staff/feedback/" + receipt.reference();
    }

    private FeedbackSubmission submission(RecordFeedbackForm form, Map<String, String> problems) {
        Channel channel = parse(Channel.class, form.getChannel());
        if (channel == null) {
            problems.put("channel", "Select how the feedback was received");
        }
        Instant receivedAt = receivedAt(form, problems);
        FeedbackType type = parse(FeedbackType.class, form.getType());
        if (type == null) {
            problems.put("type", "Select the type of feedback, or not sure");
        }
        LocalDate eventDate = eventDate(form, problems);
        boolean anonymous = "true".equals(form.getAnonymous());
        Address address = new Address(text(form.getAddressLine1()), text(form.getAddressLine2()), text(form.getTown()),
                text(form.getPostcode()));
        ContactDetails contact = new ContactDetails(text(form.getName()), text(form.getEmail()), text(form.getPhone()),
                address.isEmpty() ? null : address, parse(ContactMethod.class, form.getPreferredContactMethod()));
        Boolean consent = "yes".equals(form.getOnBehalfConsent()) ? Boolean.TRUE
                : "no".equals(form.getOnBehalfConsent()) ? Boolean.FALSE : null;
        OnBehalfOf onBehalfOf = new OnBehalfOf(text(form.getOnBehalfName()), text(form.getOnBehalfRelationship()), consent);
        boolean onBehalf = onBehalfOf.name() != null || onBehalfOf.relationship() != null || consent != null;
        return new FeedbackSubmission(type, channel, receivedAt, text(form.getServiceArea()),
                lines(form.getDescription()), text(lines(form.getDesiredOutcome())), eventDate, anonymous,
                contact.isEmpty() ? null : contact, onBehalf ? onBehalfOf : null);
    }

    private Instant receivedAt(RecordFeedbackForm form, Map<String, String> problems) {
        String[] parts = {form.getReceivedDay(), form.getReceivedMonth(), form.getReceivedYear(), form.getReceivedHour(),
                form.getReceivedMinute()};
        if (allBlank(parts)) {
            problems.put("receivedAt", "Enter the date and time the feedback was received");
            return null;
        }
        try {
            LocalDate date = LocalDate.of(number(parts[2]), number(parts[1]), number(parts[0]));
            LocalTime time = LocalTime.of(number(parts[3]), number(parts[4]));
            return ZonedDateTime.of(date, time, profile.timeZone()).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            problems.put("receivedAt", "The date and time received must be a real date and time, like 20 11 2026 and 14 30");
            return null;
        }
    }

    private static LocalDate eventDate(RecordFeedbackForm form, Map<String, String> problems) {
        String[] parts = {form.getEventDay(), form.getEventMonth(), form.getEventYear()};
        if (allBlank(parts)) {
            return null;
        }
        try {
            return LocalDate.of(number(parts[2]), number(parts[1]), number(parts[0]));
        } catch (DateTimeException | NumberFormatException e) {
            problems.put("eventDate", "The date it happened must be a real date, like 1 10 2026");
            return null;
        }
    }

    /** What the member of staff is told about the acknowledgement after recording. */
    private String acknowledgement(Receipt receipt, FeedbackSubmission submission) {
        Acknowledgement ack = receipt.acknowledgement();
        ContactDetails contact = submission.contact();
        String due = ack.dueBy() == null ? "" : formats.longDate(ack.dueBy());
        if (ack.method() == AcknowledgementMethod.NONE) {
            return submission.givenAnonymously() ? "No acknowledgement will be sent: the feedback is anonymous."
                    : "No acknowledgement can be sent: there are no contact details to send it to.";
        }
        if (ack.sentAt() != null) {
            return switch (ack.method()) {
                case EMAIL -> "Acknowledged on screen. A copy of the acknowledgement is being emailed to "
                        + contact.email().trim() + ".";
                case LETTER -> "Acknowledged on screen. A copy of the acknowledgement letter is in the print queue.";
                default -> "Acknowledged on screen.";
            };
        }
        return switch (ack.method()) {
            case EMAIL -> "The acknowledgement is being emailed to " + contact.email().trim() + " now (due by " + due + ").";
            case LETTER -> "An acknowledgement letter is in the print queue: print and post it by " + due + ".";
            case PHONE -> "A call task is in Calls: phone " + contact.name().trim() + " on " + contact.phone().trim()
                    + " to acknowledge it by " + due + ".";
            case NONE -> "No acknowledgement will be sent.";
        };
    }

    private String page(Model model, RecordFeedbackForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channelChoices", List.of(
                Choice.of(Channel.PHONE.name(), "Phone"),
                Choice.of(Channel.EMAIL.name(), "Email"),
                Choice.of(Channel.LETTER.name(), "Letter"),
                Choice.of(Channel.FACE_TO_FACE.name(), "Face to face"),
                new Choice(Channel.COUNCILLOR.name(), "From a councillor", "A county councillor passed it on"),
                new Choice(Channel.ONLINE.name(), "Assisted online",
                        "You filled in the online form with or for the person, for example at a library or reception")));
        model.addAttribute("typeChoices", List.of(
                Choice.of(FeedbackType.COMPLAINT.name(), "Complaint"),
                Choice.of(FeedbackType.COMPLIMENT.name(), "Compliment"),
                Choice.of(FeedbackType.SUGGESTION.name(), "Suggestion"),
                Choice.of(FeedbackType.REPRESENTATION.name(), "Representation"),
                new Choice(FeedbackType.NOT_SURE.name(), "Not sure", "It will be classified later")));
        model.addAttribute("serviceAreaChoices", profile.serviceAreas().stream()
                .map(area -> Choice.of(area.code(), area.name())).toList());
        model.addAttribute("contactMethodChoices", List.of(
                Choice.of(ContactMethod.EMAIL.name(), "Email"),
                Choice.of(ContactMethod.LETTER.name(), "Letter"),
                Choice.of(ContactMethod.PHONE.name(), "Phone")));
        model.addAttribute("consentChoices", List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")));
        return VIEW;
    }

    private static FormErrors inPageOrder(Map<String, String> problems) {
        FormErrors errors = new FormErrors();
        PAGE_ORDER.stream().filter(problems::containsKey).forEach(field -> errors.add(field, problems.get(field)));
        problems.forEach(errors::add);
        return errors;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String value) {
        return Integer.parseInt(value == null ? "" : value.trim());
    }

    private static boolean allBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A single-line field: null when blank, otherwise as typed. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Browsers send line breaks as CRLF; keep them as the API does, one LF each. */
    private static String lines(String value) {
        return value == null ? null : value.replace("\r\n", "\n");
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
