package org.councilfeedback.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.people.InformMethod;
import org.councilfeedback.people.MatchProposal;
import org.councilfeedback.people.People;
import org.councilfeedback.people.PeopleJson;
import org.councilfeedback.people.Person;
import org.councilfeedback.people.Representatives;
import org.councilfeedback.people.HandlingRestrictions;
import org.councilfeedback.web.Problems;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * The person behind a piece of feedback: proposed matches with people already known (confirmed or rejected by staff,
 * never merged silently), and the representative's relationship, consent and informing the person represented.
 */
@RestController
@RequestMapping("/api/v1/feedback/{reference}")
@Tag(name = "People", description = "Customers, matching, representatives, adjustments and the Customer Handling Policy")
class FeedbackPersonController {

    static final int TEXT_MAX = 500;

    private final PeopleAccess access;
    private final People people;
    private final Representatives representatives;
    private final HandlingRestrictions restrictions;
    private final Clock clock;

    FeedbackPersonController(PeopleAccess access, People people, Representatives representatives,
            HandlingRestrictions restrictions, Clock clock) {
        this.access = access;
        this.people = people;
        this.representatives = representatives;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    /** Confirm or reject a proposed match. */
    enum Decision { CONFIRM, REJECT }

    record PersonLinkDecision(Long personId, Decision decision) {}

    record RepresentativeRequest(String representedName, String relationship, Boolean consentGiven, String consentEvidence) {}

    record RepresentedPersonInformedRequest(InformMethod how, Instant informedAt, String note) {}

    @GetMapping(path = "/person-matches", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "People who may be the person behind this feedback",
            description = "Matches on email, phone, or name and postcode with people already known, proposed for staff to "
                    + "confirm or reject; nothing is merged until confirmed.")
    @ApiResponse(responseCode = "200", description = "The feedback's person and the proposals, whatever their status")
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> matches(@PathVariable String reference, Authentication authentication) {
        FeedbackRecord record = access.visibleCase(reference, authentication).orElse(null);
        if (record == null) {
            return notFound();
        }
        Person person;
        try {
            person = people.ensureLinked(record.reference()).orElse(null);
        } catch (DataIntegrityViolationException linkedMeanwhile) {
            person = people.personFor(record.reference()).orElse(null); // the new-feedback listener got there first
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", record.reference());
        json.put("personId", person == null ? null : person.id());
        List<Map<String, Object>> items = new ArrayList<>();
        for (MatchProposal proposal : people.matchesFor(record.reference())) {
            items.add(proposal(proposal));
        }
        json.put("items", items);
        return ResponseEntity.ok(json);
    }

    @PostMapping(path = "/person-link", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "Confirm or reject a proposed match",
            description = "`{\"personId\": 12, \"decision\": \"CONFIRM\"}` merges this feedback's person into person 12 "
                    + "(their feedback, adjustments and restrictions together); `REJECT` keeps them apart.")
    @ApiResponse(responseCode = "200", description = "The decided proposal and the feedback's person")
    @ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Not a proposed match, or already decided", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> link(@PathVariable String reference, @RequestBody(required = false) PersonLinkDecision body,
            Authentication authentication, HttpServletRequest request) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        if (body == null || body.personId() == null) {
            errors.add(new Problems.FieldMessage("personId", "Give the id of the proposed person"));
        }
        if (body == null || body.decision() == null) {
            errors.add(new Problems.FieldMessage("decision", "Choose CONFIRM or REJECT"));
        }
        if (!errors.isEmpty()) {
            return Problems.response(Problems.validation(errors));
        }
        FeedbackRecord record = access.visibleCase(reference, authentication).orElse(null);
        if (record == null) {
            return notFound();
        }
        MatchProposal decided = people.decide(record.reference(), body.personId(), body.decision() == Decision.CONFIRM,
                authentication.getName(), request.getRemoteAddr());
        Map<String, Object> json = proposal(decided);
        json.put("personId", people.personFor(record.reference()).map(Person::id).orElse(null));
        return ResponseEntity.ok(json);
    }

    @PutMapping(path = "/representative", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "Record the representative's relationship and consent",
            description = "For feedback given on someone else's behalf: who is represented, the relationship, whether they "
                    + "consented and how we know.")
    @ApiResponse(responseCode = "200", description = "The representation as recorded")
    @ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "No one is represented yet and no name is given", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> representative(@PathVariable String reference, @RequestBody(required = false) RepresentativeRequest body,
            Authentication authentication, HttpServletRequest request) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        if (body == null) {
            errors.add(new Problems.FieldMessage("body", "Send the relationship and consent as a JSON object"));
        } else {
            length(errors, "representedName", body.representedName(), 200);
            if (body.relationship() == null || body.relationship().isBlank()) {
                errors.add(new Problems.FieldMessage("relationship", "Give the representative's relationship to the person"));
            } else {
                length(errors, "relationship", body.relationship(), 100);
            }
            length(errors, "consentEvidence", body.consentEvidence(), TEXT_MAX);
        }
        if (!errors.isEmpty()) {
            return Problems.response(Problems.validation(errors));
        }
        FeedbackRecord record = access.visibleCase(reference, authentication).orElse(null);
        if (record == null) {
            return notFound();
        }
        var updated = representatives.update(record.reference(), blankToNull(body.representedName()), body.relationship().trim(),
                body.consentGiven(), blankToNull(body.consentEvidence()), authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.ok(PeopleJson.representation(updated));
    }

    @PostMapping(path = "/representative/informed", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PeopleAccess.HANDLERS)
    @Operation(summary = "Record that the person represented was told",
            description = "The policy reserves the right to tell the person represented that someone contacted us on their "
                    + "behalf; this records who told them, when and how.")
    @ApiResponse(responseCode = "200", description = "The representation with who, when and how")
    @ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "The feedback was not given on anyone's behalf", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> informed(@PathVariable String reference, @RequestBody(required = false) RepresentedPersonInformedRequest body,
            Authentication authentication, HttpServletRequest request) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        if (body == null || body.how() == null) {
            errors.add(new Problems.FieldMessage("how", "Choose how the person was told: LETTER, EMAIL, PHONE or IN_PERSON"));
        } else {
            length(errors, "note", body.note(), TEXT_MAX);
            if (body.informedAt() != null && body.informedAt().isAfter(clock.instant().plusSeconds(300))) {
                errors.add(new Problems.FieldMessage("informedAt", "The date and time must be now or in the past"));
            }
        }
        if (!errors.isEmpty()) {
            return Problems.response(Problems.validation(errors));
        }
        FeedbackRecord record = access.visibleCase(reference, authentication).orElse(null);
        if (record == null) {
            return notFound();
        }
        var updated = representatives.recordInformed(record.reference(), body.how(), body.informedAt(),
                blankToNull(body.note()), authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.ok(PeopleJson.representation(updated));
    }

    private Map<String, Object> proposal(MatchProposal proposal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", proposal.id());
        json.put("status", proposal.status());
        json.put("reasons", proposal.reasons().stream().map(Enum::name).sorted().toList());
        Person candidate = people.find(proposal.candidateId()).orElseThrow();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", candidate.id());
        c.put("name", candidate.name());
        c.put("email", candidate.email());
        c.put("phone", candidate.phone());
        c.put("postcode", candidate.address() == null ? null : candidate.address().postcode());
        c.put("feedbackCount", people.feedbackOf(candidate.id()).size());
        c.put("underHandlingRestrictions", !restrictions.activeFor(candidate.id()).isEmpty());
        c.put("mergedInto", candidate.mergedInto());
        json.put("candidate", c);
        json.put("proposedAt", proposal.proposedAt());
        json.put("decidedBy", proposal.decidedBy());
        json.put("decidedAt", proposal.decidedAt());
        return json;
    }

    static void length(List<Problems.FieldMessage> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new Problems.FieldMessage(field, "Enter " + max + " characters or fewer"));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static ResponseEntity<?> notFound() {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No feedback with that reference that you can see"));
    }
}
