package org.councilfeedback.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.IdempotencyConflictException;
import org.councilfeedback.intake.InvalidField;
import org.councilfeedback.intake.InvalidSubmissionException;
import org.councilfeedback.intake.Receipt;
import org.councilfeedback.intake.SubmissionRateLimiter;
import org.councilfeedback.intake.SubmissionRules;
import org.councilfeedback.intake.Submitter;
import org.councilfeedback.organisation.CouncilProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public "give feedback" journey: one question per page, each page's GET and POST on the same address, answers
 * kept in the session until "check your answers" sends them. Every POST either shows the page again with its errors
 * or redirects to the next page. Malformed input (missing fields, unknown values, very long text) is shown as errors,
 * never as a failure.
 */
@Controller
@RequestMapping(Step.BASE)
class GiveFeedbackController {

    static final String SCHOOL_VIEW = "public/give-feedback/school";
    static final String HIGHWAY_VIEW = "public/give-feedback/highway-problem";
    static final String AT_RISK_VIEW = "public/give-feedback/someone-at-risk";
    static final String TOO_MANY_VIEW = "public/too-many-requests";
    static final String ALREADY_SENT_VIEW = "public/already-sent";
    static final String HONEYPOT = "website";

    private static final Logger log = LoggerFactory.getLogger(GiveFeedbackController.class);
    private static final String EVENT_DATE = "The date it happened";

    private final FeedbackIntake intake;
    private final SubmissionRules rules;
    private final SubmissionRateLimiter rateLimiter;
    private final CouncilProfile council;
    private final Clock clock;

    GiveFeedbackController(FeedbackIntake intake, SubmissionRules rules, SubmissionRateLimiter rateLimiter,
            CouncilProfile council, Clock clock) {
        this.intake = intake;
        this.rules = rules;
        this.rateLimiter = rateLimiter;
        this.council = council;
        this.clock = clock;
    }

    // --- Is it about any of these? (routes people who need something else) ---

    @GetMapping
    String about(HttpSession session, Model model) {
        FeedbackJourney journey = Journeys.current(session);
        if (journey == null || journey.isSent()) {
            journey = new FeedbackJourney();
            Journeys.save(session, journey);
        }
        return show(Step.ABOUT, journey, PageErrors.none(), model);
    }

    @PostMapping
    String about(@RequestParam(required = false) String about, HttpSession session, Model model) {
        return answer(Step.ABOUT, session, model, (journey, errors) -> {
            FeedbackJourney.About choice = parse(FeedbackJourney.About.class, about);
            if (choice == null) {
                errors.add("about", "Select what your feedback is about, or none of these");
            } else {
                journey.setAbout(choice);
            }
            return errors;
        });
    }

    @GetMapping("/school")
    String school(Model model) {
        model.addAttribute("back", Step.ABOUT.path());
        return SCHOOL_VIEW;
    }

    @GetMapping("/highway-problem")
    String highwayProblem(Model model) {
        model.addAttribute("back", Step.ABOUT.path());
        return HIGHWAY_VIEW;
    }

    @GetMapping("/someone-at-risk")
    String someoneAtRisk(Model model) {
        model.addAttribute("back", Step.ABOUT.path());
        return AT_RISK_VIEW;
    }

    // --- Your feedback ---

    @GetMapping("/type")
    String type(HttpSession session, Model model) {
        return page(Step.TYPE, session, model);
    }

    @PostMapping("/type")
    String type(@RequestParam(required = false) String type, HttpSession session, Model model) {
        return answer(Step.TYPE, session, model, (journey, errors) -> {
            FeedbackType choice = parse(FeedbackType.class, type);
            if (choice == null) {
                errors.add("type", "Select the kind of feedback you are giving, or I'm not sure");
            } else {
                journey.setType(choice);
            }
            return errors;
        });
    }

    @GetMapping("/service")
    String service(HttpSession session, Model model) {
        return page(Step.SERVICE_AREA, session, model);
    }

    @PostMapping("/service")
    String service(@RequestParam(required = false) String serviceArea, HttpSession session, Model model) {
        return answer(Step.SERVICE_AREA, session, model, (journey, errors) -> {
            if (serviceArea == null || serviceArea.isBlank()) {
                errors.add("serviceArea", "Select the service your feedback is about, or I'm not sure");
            } else {
                journey.setServiceArea(Choice.NOT_SURE.equals(serviceArea) ? "" : serviceArea);
            }
            return errors;
        });
    }

    @GetMapping("/what-happened")
    String whatHappened(HttpSession session, Model model) {
        return page(Step.WHAT_HAPPENED, session, model);
    }

    @PostMapping("/what-happened")
    String whatHappened(@RequestParam(required = false) String description,
            @RequestParam(name = HONEYPOT, required = false) String honeypot, HttpSession session, Model model) {
        return answer(Step.WHAT_HAPPENED, session, model, (journey, errors) -> {
            journey.setDescription(description == null ? "" : description);
            noteHoneypot(journey, honeypot);
            return errors;
        });
    }

    @GetMapping("/when")
    String when(HttpSession session, Model model) {
        return page(Step.WHEN, session, model);
    }

    @PostMapping("/when")
    String when(@RequestParam(name = "eventDate-day", required = false) String day,
            @RequestParam(name = "eventDate-month", required = false) String month,
            @RequestParam(name = "eventDate-year", required = false) String year, HttpSession session, Model model) {
        DateAnswer date = new DateAnswer(day, month, year);
        Set<String> parts = new HashSet<>();
        model.addAttribute("date", date);
        model.addAttribute("dateParts", parts);
        return answer(Step.WHEN, session, model, (journey, errors) -> {
            String problem = date.problem(EVENT_DATE, parts);
            if (problem != null) {
                errors.add("eventDate", problem, "#eventDate-" + firstOf(parts));
            } else {
                journey.setEventDate(date.date());
            }
            return errors;
        });
    }

    @GetMapping("/what-you-want")
    String outcome(HttpSession session, Model model) {
        return page(Step.OUTCOME, session, model);
    }

    @PostMapping("/what-you-want")
    String outcome(@RequestParam(required = false) String desiredOutcome, HttpSession session, Model model) {
        return answer(Step.OUTCOME, session, model, (journey, errors) -> {
            journey.setDesiredOutcome(desiredOutcome == null ? "" : desiredOutcome);
            return errors;
        });
    }

    // --- Who it is for ---

    @GetMapping("/for-someone-else")
    String forSomeoneElse(HttpSession session, Model model) {
        return page(Step.SOMEONE_ELSE, session, model);
    }

    @PostMapping("/for-someone-else")
    String forSomeoneElse(@RequestParam(required = false) String forSomeoneElse, HttpSession session, Model model) {
        return answer(Step.SOMEONE_ELSE, session, model, (journey, errors) -> {
            Boolean yes = yesOrNo(forSomeoneElse);
            if (yes == null) {
                errors.add("forSomeoneElse", "Select yes if you are giving feedback for someone else");
            } else {
                journey.setForSomeoneElse(yes);
            }
            return errors;
        });
    }

    @GetMapping("/their-details")
    String theirDetails(HttpSession session, Model model) {
        return page(Step.THEIR_DETAILS, session, model);
    }

    @PostMapping("/their-details")
    String theirDetails(@RequestParam(required = false) String theirName,
            @RequestParam(required = false) String relationship,
            @RequestParam(required = false) String theirConsent, HttpSession session, Model model) {
        return answer(Step.THEIR_DETAILS, session, model, (journey, errors) -> {
            journey.setTheirName(theirName == null ? "" : theirName);
            journey.setRelationship(relationship == null ? "" : relationship);
            if (journey.getTheirName().isBlank()) {
                errors.add("theirName", "Enter the name of the person the feedback is for");
            }
            if (journey.getRelationship().isBlank()) {
                errors.add("relationship", "Enter your relationship to the person, for example parent or friend");
            }
            Boolean agreed = yesOrNo(theirConsent);
            journey.setTheirConsent(agreed);
            if (agreed == null) {
                errors.add("theirConsent", "Select whether they have agreed to you giving feedback for them");
            }
            return errors;
        });
    }

    // --- How we reply ---

    @GetMapping("/reply")
    String reply(HttpSession session, Model model) {
        return page(Step.REPLY, session, model);
    }

    @PostMapping("/reply")
    String reply(@RequestParam(required = false) String anonymous, HttpSession session, Model model) {
        return answer(Step.REPLY, session, model, (journey, errors) -> {
            if ("anonymous".equals(anonymous)) {
                journey.setAnonymous(true);
            } else if ("contact".equals(anonymous)) {
                journey.setAnonymous(false);
            } else {
                errors.add("anonymous", "Select whether you want to give your contact details or stay anonymous");
            }
            return errors;
        });
    }

    @GetMapping("/name")
    String name(HttpSession session, Model model) {
        return page(Step.NAME, session, model);
    }

    @PostMapping("/name")
    String name(@RequestParam(required = false) String name, HttpSession session, Model model) {
        return answer(Step.NAME, session, model, (journey, errors) -> {
            journey.setName(name == null ? "" : name);
            return errors;
        });
    }

    @GetMapping("/contact-method")
    String contactMethod(HttpSession session, Model model) {
        return page(Step.CONTACT_METHOD, session, model);
    }

    @PostMapping("/contact-method")
    String contactMethod(@RequestParam(required = false) String contactMethod, HttpSession session, Model model) {
        return answer(Step.CONTACT_METHOD, session, model, (journey, errors) -> {
            ContactMethod method = parse(ContactMethod.class, contactMethod);
            if (method == null) {
                errors.add("contactMethod", "Select how you would like us to contact you");
            } else {
                journey.setContactMethod(method);
            }
            return errors;
        });
    }

    @GetMapping("/email")
    String email(HttpSession session, Model model) {
        return page(Step.EMAIL, session, model);
    }

    @PostMapping("/email")
    String email(@RequestParam(required = false) String email, HttpSession session, Model model) {
        return answer(Step.EMAIL, session, model, (journey, errors) -> {
            journey.setEmail(email == null ? "" : email);
            return errors;
        });
    }

    @GetMapping("/phone")
    String phone(HttpSession session, Model model) {
        return page(Step.PHONE, session, model);
    }

    @PostMapping("/phone")
    String phone(@RequestParam(required = false) String phone, HttpSession session, Model model) {
        return answer(Step.PHONE, session, model, (journey, errors) -> {
            journey.setPhone(phone == null ? "" : phone);
            return errors;
        });
    }

    @GetMapping("/address")
    String address(HttpSession session, Model model) {
        return page(Step.ADDRESS, session, model);
    }

    @PostMapping("/address")
    String address(@RequestParam(required = false) String addressLine1,
            @RequestParam(required = false) String addressLine2,
            @RequestParam(required = false) String townOrCity,
            @RequestParam(required = false) String postcode, HttpSession session, Model model) {
        return answer(Step.ADDRESS, session, model, (journey, errors) -> {
            journey.setAddress(addressLine1 == null ? "" : addressLine1, addressLine2 == null ? "" : addressLine2,
                    townOrCity == null ? "" : townOrCity, postcode == null ? "" : postcode);
            return errors;
        });
    }

    // --- Check your answers, and send ---

    @GetMapping("/check-answers")
    String checkAnswers(HttpSession session, Model model) {
        return page(Step.CHECK, session, model);
    }

    /**
     * Sends the feedback: at most once per journey (the session's idempotency key makes a repeat, from a refresh or
     * the back button, return the first receipt), within the per-address rate limit, and never when the honeypot was
     * filled in (then the person sees a confirmation without a reference and nothing is stored).
     */
    @PostMapping("/check-answers")
    String send(@RequestParam(name = HONEYPOT, required = false) String honeypot, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        FeedbackJourney journey = Journeys.current(session);
        if (journey == null) {
            return redirect(Step.ABOUT.path());
        }
        if (journey.isSent()) {
            return redirect(FeedbackGivenController.PATH);
        }
        if (!Step.CHECK.isReachableIn(journey)) {
            return redirect(Step.firstUnanswered(journey).path());
        }
        var wait = rateLimiter.tryAcquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            return tooManyRequests(wait.get(), model, response);
        }
        noteHoneypot(journey, honeypot);
        LocalDate today = LocalDate.now(clock.withZone(council.timeZone()));
        if (journey.isHoneypotFilled()) {
            log.info("Feedback form sent with the honeypot field filled in: treated as spam, nothing stored");
            Journeys.save(session, journey.sentAs(null, AcknowledgementMethod.NONE, today));
            return redirect(FeedbackGivenController.PATH);
        }
        try {
            FeedbackIntake.Outcome outcome = intake.submit(journey.toSubmission(),
                    Submitter.publicUser(request.getRemoteAddr()), journey.getIdempotencyKey());
            Receipt receipt = outcome.receipt();
            Journeys.save(session, journey.sentAs(receipt.reference(), receipt.acknowledgement().method(),
                    receipt.receivedAt().atZone(council.timeZone()).toLocalDate()));
            return redirect(FeedbackGivenController.PATH);
        } catch (InvalidSubmissionException invalid) {
            PageErrors errors = PageErrors.none();
            for (InvalidField field : invalid.errors()) {
                Step asking = Step.asking(field.field());
                String id = PageErrors.inputId(field.field());
                errors.add(id, field.message(), asking.path() + "#" + ("eventDate".equals(id) ? "eventDate-day" : id));
            }
            return show(Step.CHECK, journey, errors, model);
        } catch (IdempotencyConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return ALREADY_SENT_VIEW;
        }
    }

    // --- How every page works ---

    /** Shows a page of the journey, or sends the person to where their journey actually is. */
    private String page(Step step, HttpSession session, Model model) {
        FeedbackJourney journey = Journeys.current(session);
        if (journey == null) {
            return redirect(Step.ABOUT.path());
        }
        if (journey.isSent()) {
            return redirect(FeedbackGivenController.PATH);
        }
        if (!step.isReachableIn(journey)) {
            return redirect(Step.firstUnanswered(journey).path());
        }
        return show(step, journey, PageErrors.none(), model);
    }

    /**
     * Takes a page's answers: {@code read} puts what was posted into a copy of the journey and reports what it could
     * not read; then the submission rules for the page's own fields are checked. With errors the page is shown again
     * with the answers as given; otherwise the answers are kept and the person goes on to the next question.
     */
    private String answer(Step step, HttpSession session, Model model,
            BiFunction<FeedbackJourney, PageErrors, PageErrors> read) {
        FeedbackJourney journey = Journeys.current(session);
        if (journey == null) {
            return redirect(Step.ABOUT.path());
        }
        if (journey.isSent()) {
            return redirect(FeedbackGivenController.PATH);
        }
        if (!step.isReachableIn(journey)) {
            return redirect(Step.firstUnanswered(journey).path());
        }
        FeedbackJourney changed = journey.copy();
        PageErrors errors = read.apply(changed, PageErrors.none());
        for (InvalidField invalid : rules.check(changed.toSubmission(), false)) {
            if (step.asks(invalid.field())) {
                errors.add(invalid);
            }
        }
        if (errors.any()) {
            return show(step, changed, errors, model);
        }
        Journeys.save(session, changed);
        if (step == Step.ABOUT) {
            switch (changed.getAbout()) {
                case SCHOOL -> {
                    return redirect(Step.BASE + "/school");
                }
                case HIGHWAY_PROBLEM -> {
                    return redirect(Step.BASE + "/highway-problem");
                }
                case SOMEONE_AT_RISK -> {
                    return redirect(Step.BASE + "/someone-at-risk");
                }
                default -> {
                    // on to the first question about the feedback
                }
            }
        }
        return redirect(Step.firstUnanswered(changed).path());
    }

    private String show(Step step, FeedbackJourney journey, PageErrors errors, Model model) {
        model.addAttribute("answers", journey);
        model.addAttribute("errors", errors);
        model.addAttribute("back", step.backFrom(journey));
        model.addAttribute("selected", selected(step, journey));
        switch (step) {
            case ABOUT -> model.addAttribute("choices", Choice.about());
            case TYPE -> model.addAttribute("choices", Choice.types(council));
            case SERVICE_AREA -> model.addAttribute("choices", Choice.serviceAreas(council));
            case SOMEONE_ELSE -> model.addAttribute("choices", Choice.yesNo());
            case THEIR_DETAILS -> model.addAttribute("choices", Choice.consent());
            case REPLY -> model.addAttribute("choices", Choice.reply());
            case CONTACT_METHOD -> model.addAttribute("choices", Choice.contactMethods());
            case WHAT_HAPPENED -> model.addAttribute("question", Question.describing(journey.getType()));
            case CHECK -> model.addAttribute("check", new CheckAnswers(journey, council));
            default -> {
                // text questions need nothing more
            }
        }
        if (step == Step.WHEN && !model.containsAttribute("date")) {
            model.addAttribute("date", DateAnswer.of(journey.getEventDate()));
        }
        return step.view();
    }

    private static String selected(Step step, FeedbackJourney journey) {
        return switch (step) {
            case ABOUT -> name(journey.getAbout());
            case TYPE -> name(journey.getType());
            case SERVICE_AREA -> journey.getServiceArea() == null ? null
                    : journey.getServiceArea().isEmpty() ? Choice.NOT_SURE : journey.getServiceArea();
            case SOMEONE_ELSE -> yesNo(journey.getForSomeoneElse());
            case THEIR_DETAILS -> yesNo(journey.getTheirConsent());
            case REPLY -> journey.getAnonymous() == null ? null : journey.getAnonymous() ? "anonymous" : "contact";
            case CONTACT_METHOD -> name(journey.getContactMethod());
            default -> null;
        };
    }

    private String tooManyRequests(Duration wait, Model model, HttpServletResponse response) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        model.addAttribute("minutes", Math.max(1, (seconds + 59) / 60));
        return TOO_MANY_VIEW;
    }

    private static void noteHoneypot(FeedbackJourney journey, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty()) {
            journey.markHoneypotFilled();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        return null;
    }

    private static Boolean yesOrNo(String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String firstOf(Set<String> parts) {
        for (String part : new String[] {"day", "month", "year"}) {
            if (parts.contains(part)) {
                return part;
            }
        }
        return "day";
    }

    private static String redirect(String path) {
        return "redirect:" + path;
    }
}
