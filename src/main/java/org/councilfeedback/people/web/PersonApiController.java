package org.councilfeedback.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.SubmissionRules;
import org.councilfeedback.people.Adjustments;
import org.councilfeedback.people.ContactPreferenceRule;
import org.councilfeedback.people.HandlingRestriction;
import org.councilfeedback.people.HandlingRestrictions;
import org.councilfeedback.people.People;
import org.councilfeedback.people.PeopleJson;
import org.councilfeedback.people.PeopleRuleException;
import org.councilfeedback.people.Person;
import org.councilfeedback.people.PersonFeedback;
import org.councilfeedback.people.ReviewDecision;
import org.councilfeedback.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/people/{id}}: a customer with their feedback over time, reasonable adjustments, bounced email
 * addresses, and the Customer Handling Policy's restrictions and reviews.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Customers, matching, representatives, adjustments and the Customer Handling Policy")
class PersonApiController {

    private final PeopleAccess access;
    private final People people;
    private final HandlingRestrictions restrictions;
    private final ContactPreferenceRule contactRule;
    private final FeedbackRecords records;
    private final CaseVisibility visibility;
    private final AuditTrail audit;

    PersonApiController(PeopleAccess access, People people, HandlingRestrictions restrictions,
            ContactPreferenceRule contactRule, FeedbackRecords records, CaseVisibility visibility, AuditTrail audit) {
        this.access = access;
        this.people = people;
        this.restrictions = restrictions;
        this.contactRule = contactRule;
        this.records = records;
        this.visibility = visibility;
        this.audit = audit;
    }

    record AdjustmentsRequest(Boolean largePrint, Boolean textRelay, Boolean interpreter, String interpreterLanguage,
            Boolean advocate, String advocateDetails, String preferredTimes, String other) {}

    record EmailBounceRequest(String email, String reason) {}

    record HandlingRestrictionRequest(String reason, List<HandlingRestrictions.TermRequest> restrictions, LocalDate startsOn,
            LocalDate reviewOn) {}

    record RestrictionReviewRequest(ReviewDecision decision, String reason, LocalDate nextReviewOn) {}

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "A person with their feedback over time",
            description = "Contact details, reasonable adjustments, the Customer Handling Policy banner and history, bounced "
                    + "email and contact-preference exceptions, and the feedback they gave that you can see, oldest first.")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "404", description = "No such person that you can see (a merged record says which record it became)",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> get(@PathVariable long id, Authentication authentication, HttpServletRequest request) {
        Person person = access.visiblePerson(id, authentication).orElse(null);
        if (person == null) {
            return personNotFound();
        }
        if (person.mergedInto() != null) {
            ProblemDetail problem = Problems.problem(HttpStatus.NOT_FOUND, "person-merged", "Person merged",
                    "This person record was merged into person " + person.mergedInto());
            problem.setProperty("mergedInto", person.mergedInto());
            return Problems.response(problem);
        }
        audit.record(authentication.getName(), "PERSON_VIEWED", null, id, "Person record viewed", request.getRemoteAddr());
        return ResponseEntity.ok(json(person, authentication));
    }

    @PutMapping(path = "/{id}/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "Record the person's reasonable adjustments",
            description = "Large print, text relay or Minicom, an interpreter (with the language), an advocate, preferred "
                    + "times and anything else; shown wherever staff act for the person.")
    @ApiResponse(responseCode = "200", description = "The adjustments as recorded")
    @ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such person that you can see", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> adjustments(@PathVariable long id, @RequestBody(required = false) AdjustmentsRequest body,
            Authentication authentication, HttpServletRequest request) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        if (body == null) {
            errors.add(new Problems.FieldMessage("body", "Send the adjustments as a JSON object"));
        } else {
            if (Boolean.TRUE.equals(body.interpreter()) && blank(body.interpreterLanguage())) {
                errors.add(new Problems.FieldMessage("interpreterLanguage", "Give the language the interpreter is needed for"));
            }
            FeedbackPersonController.length(errors, "interpreterLanguage", body.interpreterLanguage(), 100);
            FeedbackPersonController.length(errors, "advocateDetails", body.advocateDetails(), 500);
            FeedbackPersonController.length(errors, "preferredTimes", body.preferredTimes(), 500);
            FeedbackPersonController.length(errors, "other", body.other(), 1000);
        }
        if (!errors.isEmpty()) {
            return Problems.response(Problems.validation(errors));
        }
        Person person = currentVisiblePerson(id, authentication);
        if (person == null) {
            return personNotFound();
        }
        Adjustments stored = people.updateAdjustments(person.id(), new Adjustments(Boolean.TRUE.equals(body.largePrint()),
                Boolean.TRUE.equals(body.textRelay()), Boolean.TRUE.equals(body.interpreter()),
                FeedbackPersonController.blankToNull(body.interpreterLanguage()), Boolean.TRUE.equals(body.advocate()),
                FeedbackPersonController.blankToNull(body.advocateDetails()),
                FeedbackPersonController.blankToNull(body.preferredTimes()),
                FeedbackPersonController.blankToNull(body.other()), null, null),
                authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.ok(PeopleJson.adjustments(stored));
    }

    @PostMapping(path = "/{id}/bounces", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "Record that emails to the person bounce",
            description = "From then on, replies that would go by email go by letter (or phone) instead, and the person is "
                    + "told why. `email` defaults to the person's email address.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such person that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "The person has no such email address", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> bounce(@PathVariable long id, @RequestBody(required = false) EmailBounceRequest body,
            Authentication authentication, HttpServletRequest request) {
        if (body != null && body.reason() != null && body.reason().length() > 500) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("reason", "Enter 500 characters or fewer"))));
        }
        Person person = currentVisiblePerson(id, authentication);
        if (person == null) {
            return personNotFound();
        }
        String email = body == null || blank(body.email()) ? person.email() : body.email();
        if (blank(email) || !SubmissionRules.normaliseEmail(email).equals(SubmissionRules.normaliseEmail(person.email()))) {
            throw new PeopleRuleException(blank(person.email()) ? "This person has no email address"
                    : "That is not this person's email address");
        }
        contactRule.recordBounce(email, body == null ? null : FeedbackPersonController.blankToNull(body.reason()),
                authentication.getName());
        audit.record(authentication.getName(), "EMAIL_BOUNCE_RECORDED", null, person.id(), "Email address bounces",
                request.getRemoteAddr());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("personId", person.id());
        json.put("email", email.trim());
        json.put("bouncedOn", contactRule.bouncedOn(email).orElse(null));
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(json);
    }

    @GetMapping(path = "/restriction-kinds", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "The kinds of handling restriction the council profile allows")
    @ApiResponse(responseCode = "200", description = "Each kind's code, label and whether it needs a detail")
    Map<String, Object> kinds(Authentication authentication) {
        return Map.of("items", restrictions.kinds(), "youMayDecide", restrictions.isDecisionMaker(authentication.getName()));
    }

    @PostMapping(path = "/{id}/restrictions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "Place the person under the Customer Handling Policy",
            description = "Authorised decision-makers only (the profile's people.handling-restrictions.decision-makers). "
                    + "`restrictions` are kinds from the profile with any detail (who the single point of contact is, when "
                    + "calls may be made); `reviewOn` defaults to the profile's review period after `startsOn` (today by "
                    + "default). The person is sent a letter (by email only without a postal address).")
    @ApiResponse(responseCode = "201", description = "Placed; the letter is in the print queue or sent")
    @ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not an authorised decision-maker", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such person that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Already under restrictions, or merged or anonymised", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> restrict(@PathVariable long id, @RequestBody(required = false) HandlingRestrictionRequest body,
            Authentication authentication, HttpServletRequest request) {
        if (body == null) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("body",
                    "Send the reason and the restrictions as a JSON object"))));
        }
        if (!restrictions.isDecisionMaker(authentication.getName())) {
            return Problems.response(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Only an authorised decision-maker may place, renew or end handling restrictions"));
        }
        Person person = currentVisiblePerson(id, authentication);
        if (person == null) {
            return personNotFound();
        }
        HandlingRestriction placed = restrictions.place(person.id(), body.reason(), body.restrictions(), body.startsOn(),
                body.reviewOn(), authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id() + "/restrictions/" + placed.id()))
                .body(restrictions.json(placed));
    }

    @PostMapping(path = "/{id}/restrictions/{restrictionId}/review", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "Record a review of handling restrictions",
            description = "`decision` RENEW (they continue until `nextReviewOn`, by default the profile's review period from "
                    + "today) or END, with the reason. The person is told.")
    @ApiResponse(responseCode = "200", description = "The restriction after the review")
    @ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not an authorised decision-maker", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such person that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Not this person's restriction, or already ended", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> review(@PathVariable long id, @PathVariable long restrictionId,
            @RequestBody(required = false) RestrictionReviewRequest body, Authentication authentication, HttpServletRequest request) {
        if (body == null) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("body",
                    "Send the decision and the reason as a JSON object"))));
        }
        if (!restrictions.isDecisionMaker(authentication.getName())) {
            return Problems.response(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Only an authorised decision-maker may place, renew or end handling restrictions"));
        }
        Person person = currentVisiblePerson(id, authentication);
        if (person == null) {
            return personNotFound();
        }
        HandlingRestriction reviewed = restrictions.review(person.id(), restrictionId, body.decision(), body.reason(),
                body.nextReviewOn(), authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.ok(restrictions.json(reviewed));
    }

    private Person currentVisiblePerson(long id, Authentication authentication) {
        return access.visiblePerson(id, authentication).filter(person -> person.mergedInto() == null).orElse(null);
    }

    private Map<String, Object> json(Person person, Authentication authentication) {
        CaseViewer viewer = CaseViewer.of(authentication);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", person.id());
        json.put("name", person.name());
        json.put("email", person.email());
        json.put("phone", person.phone());
        json.put("address", person.address());
        json.put("preferredContactMethod", person.preferredContactMethod());
        json.put("createdAt", person.createdAt());
        json.put("anonymisedAt", person.anonymisedAt());
        json.put("adjustments", people.adjustmentsOf(person.id()).map(PeopleJson::adjustments).orElse(null));
        json.put("restrictions", restrictions.banner(person.id()).orElse(null));
        json.put("restrictionHistory", restrictions.allFor(person.id()).stream()
                .map(restrictions::json).toList());
        json.put("emailBouncedOn", contactRule.bouncedOn(person.email()).orElse(null));
        json.put("contactPreferenceExceptions", contactRule.exceptionsForPerson(person.id()).stream()
                .map(PeopleJson::contactPreference).toList());
        List<Map<String, Object>> feedback = new ArrayList<>();
        int hidden = 0;
        for (PersonFeedback link : people.feedbackOf(person.id())) {
            if (!visibility.accessTo(viewer, link.reference()).canSeePersonalData()) {
                hidden++;
                continue;
            }
            FeedbackRecord record = records.find(link.reference()).orElse(null);
            if (record == null) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("reference", record.reference());
            item.put("type", record.type());
            item.put("status", record.status());
            item.put("channel", record.channel());
            item.put("receivedAt", record.receivedAt());
            item.put("serviceArea", record.serviceArea());
            item.put("linkedBy", link.linkedBy());
            item.put("linkedAt", link.linkedAt());
            feedback.add(item);
        }
        feedback.sort(Comparator.comparing(item -> (java.time.Instant) item.get("receivedAt")));
        json.put("feedback", feedback);
        json.put("feedbackYouCannotSee", hidden);
        return json;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ResponseEntity<ProblemDetail> personNotFound() {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No person with that id that you can see"));
    }
}
