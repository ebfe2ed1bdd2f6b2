package org.councilfeedback.representations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.access.Role;
import org.councilfeedback.representations.ReconsiderationDecision;
import org.councilfeedback.representations.RepresentationDecision;
import org.councilfeedback.representations.RepresentationGroup;
import org.councilfeedback.representations.Representations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/representation-groups}: groups of similar representations, answered and reconsidered together. */
@RestController
@RequestMapping("/api/v1/representation-groups")
@Tag(name = "Representation groups", description = "Similar representations grouped, answered together and reconsidered")
class RepresentationGroupApiController {

    private final Representations representations;

    RepresentationGroupApiController(Representations representations) {
        this.representations = representations;
    }

    /** The Director's consideration of whether to re-investigate. */
    record ReconsiderationRequest(ReconsiderationDecision decision, String reason) {}

    /** The Director's decision for every undecided representation in the group. */
    record DecisionRequest(RepresentationDecision decision, String reason, String nextSteps, String organisation) {}

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER','DIRECTOR')")
    @Operation(summary = "List groups of similar representations",
            description = "Newest first, optionally for one policy area; a Director sees their own policy areas' groups.")
    ResponseEntity<Map<String, Object>> list(@RequestParam(required = false) String policyArea,
            Authentication authentication) {
        List<String> areas = representations.policyAreasFor(authentication.getName(), directorOnly(authentication));
        if (policyArea != null) {
            areas = areas.contains(policyArea) ? List.of(policyArea) : List.of();
        }
        return ResponseEntity.ok(Map.of("items", representations.groups(areas).stream().map(this::summary).toList()));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER','DIRECTOR')")
    @Operation(summary = "A group of similar representations, with its members and reconsiderations")
    ResponseEntity<Map<String, Object>> get(@PathVariable long id, Authentication authentication) {
        RepresentationGroup group = visibleGroup(id, authentication);
        Map<String, Object> json = summary(group);
        json.put("members", representations.members(id).stream().map(member -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reference", member.reference());
            m.put("receivedAt", member.receivedAt());
            m.put("decision", member.decision());
            return m;
        }).toList());
        json.put("reconsiderations", representations.reconsiderations(id));
        return ResponseEntity.ok(json);
    }

    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DIRECTOR')")
    @Operation(summary = "Answer a whole group in one go",
            description = "Records the Director's decision (as for one representation) on every member without one; each "
                    + "person is told by their own preferred method. Only the group's policy area's Director (403); 404 "
                    + "unknown group; 422 when every member already has a decision.")
    ResponseEntity<?> decide(@PathVariable long id, @RequestBody DecisionRequest request, Authentication authentication) {
        var result = representations.decideGroup(id, request == null ? null
                : new Representations.DecisionCommand(request.decision(), request.reason(), request.nextSteps(),
                        request.organisation()), authentication.getName());
        return ResponseEntity.ok(result);
    }

    @PostMapping(path = "/{id}/reconsideration", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DIRECTOR')")
    @Operation(summary = "Record the Director's consideration of re-investigating a group's concerns",
            description = "REINVESTIGATE or NO_REINVESTIGATION with a reason; the number of representations in the window "
                    + "is recorded with it. Only the group's policy area's Director (403); 404 unknown group.")
    ResponseEntity<?> reconsider(@PathVariable long id, @RequestBody ReconsiderationRequest request,
            Authentication authentication) {
        return ResponseEntity.status(201).body(representations.reconsider(id, request == null ? null : request.decision(),
                request == null ? null : request.reason(), authentication.getName()));
    }

    private RepresentationGroup visibleGroup(long id, Authentication authentication) {
        RepresentationGroup group = representations.group(id).orElse(null);
        if (group == null || !representations.policyAreasFor(authentication.getName(), directorOnly(authentication))
                .contains(group.policyArea())) {
            throw GroupNotVisible.INSTANCE;
        }
        return group;
    }

    private Map<String, Object> summary(RepresentationGroup group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", group.id());
        json.put("policyArea", group.policyArea());
        json.put("title", group.title());
        json.put("createdAt", group.createdAt());
        json.put("createdBy", group.createdBy());
        json.put("thresholdAlertsSent", group.alertsSent());
        json.put("lastThresholdAlertAt", group.lastAlertAt());
        return json;
    }

    private static boolean directorOnly(Authentication authentication) {
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return authorities.contains(Role.DIRECTOR.authority()) && !authorities.contains(Role.COMPLAINTS_OFFICER.authority());
    }

    /** A group that does not exist or that the caller may not see. */
    static final class GroupNotVisible extends RuntimeException {
        static final GroupNotVisible INSTANCE = new GroupNotVisible();

        private GroupNotVisible() {
            super("No group of representations with that id that you can see", null, false, false);
        }
    }
}
