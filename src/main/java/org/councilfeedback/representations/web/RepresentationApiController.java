package org.councilfeedback.representations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.councilfeedback.representations.MembersDecision;
import org.councilfeedback.representations.Representation;
import org.councilfeedback.representations.RepresentationDecision;
import org.councilfeedback.representations.Representations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/feedback/{reference}/representation…}: policy area, group and decisions on one representation. */
@RestController
@RequestMapping("/api/v1/feedback/{reference}")
@Tag(name = "Representations", description = "Representations about council policy: the Director's and members' decisions")
class RepresentationApiController {

    private final Representations representations;

    RepresentationApiController(Representations representations) {
        this.representations = representations;
    }

    /** The policy area: a code from the council profile. */
    record PolicyAreaRequest(String policyArea) {}

    /** Either an existing group's id, or {@code newGroup: true} (with an optional title). */
    record GroupRequest(Long groupId, Boolean newGroup, String title) {}

    /** The Director's decision. */
    record DecisionRequest(RepresentationDecision decision, String reason, String nextSteps, String organisation) {}

    /** The elected members' decision on a proposed change, and the date they made it. */
    record MembersDecisionRequest(MembersDecision decision, LocalDate decidedOn, String summary) {}

    @PutMapping(path = "/representation", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER','DIRECTOR')")
    @Operation(summary = "Set a representation's policy area",
            description = "The representation goes to the Director responsible (an email), and the existing group of "
                    + "similar representations in that area is proposed (proposedGroup) when there is one. 404 unknown "
                    + "reference, 422 feedback of another type or already decided, 400 unknown policy area.")
    ResponseEntity<Map<String, Object>> policyArea(@PathVariable String reference, @RequestBody PolicyAreaRequest request,
            Authentication authentication) {
        return ok(representations.setPolicyArea(reference, request == null ? null : request.policyArea(),
                authentication.getName()));
    }

    @PostMapping(path = "/representation-group", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER','DIRECTOR')")
    @Operation(summary = "Confirm or split a representation's group",
            description = "{\"groupId\": 12} puts it in that group of the same policy area (confirming the proposal, or "
                    + "another group); {\"newGroup\": true, \"title\": \"…\"} starts a new group. When a group reaches the "
                    + "profile's threshold within its window, the Director is alerted once. 422 when there is no policy "
                    + "area yet, the group is of another policy area, or the feedback is not a representation.")
    ResponseEntity<Map<String, Object>> group(@PathVariable String reference, @RequestBody GroupRequest request,
            Authentication authentication) {
        return ok(representations.assignGroup(reference, request == null ? null : request.groupId(),
                request != null && Boolean.TRUE.equals(request.newGroup()), request == null ? null : request.title(),
                authentication.getName()));
    }

    @PostMapping(path = "/representation-decision", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DIRECTOR')")
    @Operation(summary = "Record the Director's decision on a representation",
            description = "NO_CHANGE with a reason (the person is told it is the council's final decision at this time), "
                    + "CHANGE_PROPOSED with the next steps (members then decide), or OTHER_ORGANISATION with the "
                    + "organisation's code from the profile (the person is told who to contact). The person is told by "
                    + "the method they asked for. Only the Director of the representation's policy area (403 otherwise); "
                    + "422 before a policy area is set, for feedback that is not a representation, or when already decided.")
    ResponseEntity<Map<String, Object>> decide(@PathVariable String reference, @RequestBody DecisionRequest request,
            Authentication authentication) {
        return ok(representations.decide(reference, request == null ? null
                : new Representations.DecisionCommand(request.decision(), request.reason(), request.nextSteps(),
                        request.organisation()), authentication.getName()));
    }

    @PostMapping(path = "/members-decision", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DIRECTOR')")
    @Operation(summary = "Record the elected members' decision on a proposed change",
            description = "CHANGE_AGREED or CHANGE_NOT_AGREED, the date (not in the future) and a summary; the person is "
                    + "told. 422 unless the Director proposed a change and no members' decision is recorded yet.")
    ResponseEntity<Map<String, Object>> members(@PathVariable String reference, @RequestBody MembersDecisionRequest request,
            Authentication authentication) {
        return ok(representations.recordMembersDecision(reference, request == null ? null : request.decision(),
                request == null ? null : request.decidedOn(), request == null ? null : request.summary(),
                authentication.getName()));
    }

    private static ResponseEntity<Map<String, Object>> ok(Representation representation) {
        return ResponseEntity.ok(representation.asMap());
    }
}
