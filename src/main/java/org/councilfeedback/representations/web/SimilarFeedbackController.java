package org.councilfeedback.representations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilfeedback.representations.SimilarFeedback;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/feedback/{reference}/similar}: feedback whose text is like this one's. */
@RestController
@Tag(name = "Feedback", description = "Give feedback, read it and search it")
class SimilarFeedbackController {

    private final SimilarFeedback similar;

    SimilarFeedbackController(SimilarFeedback similar) {
        this.similar = similar;
    }

    @GetMapping(path = "/api/v1/feedback/{reference}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER','SOCIAL_CARE_COMPLAINTS',"
            + "'DATA_PROTECTION_OFFICER','DIRECTOR')")
    @Operation(summary = "Feedback whose text is similar",
            description = "Other feedback like this one (for representations, within the same policy area), most similar "
                    + "first, similarity in [0, 1], at most 20 items, only what the caller may see: duplicates, repeat "
                    + "contacts and similar representations. 404 for an unknown reference or one the caller may not see.")
    ResponseEntity<Map<String, Object>> similar(@PathVariable String reference, Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        var items = similar.similarTo(reference, new SimilarFeedback.Viewer(authentication.getName(), authorities));
        return ResponseEntity.ok(Map.of("items", items));
    }
}
