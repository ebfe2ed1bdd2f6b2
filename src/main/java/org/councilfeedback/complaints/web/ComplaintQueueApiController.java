package org.councilfeedback.complaints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.councilfeedback.complaints.ComplaintQueues;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/complaints/queues/…}: the caller's own cases, their team's, what is due soon and what is overdue. */
@RestController
@RequestMapping(path = "/api/v1/complaints/queues", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(Callers.HANDLERS)
@Tag(name = "Complaint handling")
class ComplaintQueueApiController {

    private final ComplaintQueues queues;

    ComplaintQueueApiController(ComplaintQueues queues) {
        this.queues = queues;
    }

    @GetMapping("/mine")
    @Operation(summary = "Open complaint stages I am handling, earliest deadline first")
    ResponseEntity<?> mine(Authentication authentication) {
        return items(queues.myCases(authentication.getName()));
    }

    @GetMapping("/team")
    @Operation(summary = "Open complaint stages of the processes my role owns, earliest deadline first")
    ResponseEntity<?> team(Authentication authentication) {
        return items(queues.teamQueue(Callers.roles(authentication)));
    }

    @GetMapping("/due-soon")
    @Operation(summary = "My team's open complaint stages with a deadline within the reminder period")
    ResponseEntity<?> dueSoon(Authentication authentication) {
        return items(queues.dueSoon(Callers.roles(authentication)));
    }

    @GetMapping("/overdue")
    @Operation(summary = "My team's open complaint stages with a deadline already passed")
    ResponseEntity<?> overdue(Authentication authentication) {
        return items(queues.overdue(Callers.roles(authentication)));
    }

    private static ResponseEntity<?> items(List<ComplaintQueues.ComplaintSummary> items) {
        return ResponseEntity.ok(Map.of("items", items));
    }
}
