package org.councilfeedback.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.access.AuditVerification;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/audit/verification}: checks the audit trail's hash chain and reports the first broken link. */
@RestController
@Tag(name = "Audit", description = "The audit trail of views and changes, and its verification")
class AuditVerificationController {

    private final AuditTrail audit;

    AuditVerificationController(AuditTrail audit) {
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/audit/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Verify the audit trail",
            description = "Recomputes the hash chain from the first entry to the chain head. `intact` is false and "
                    + "`firstBrokenEntryId` names the first entry whose link is broken when any row was changed or removed.")
    @ApiResponse(responseCode = "200", description = "The result, intact or not",
            content = @Content(schema = @Schema(implementation = AuditVerification.class)))
    @ApiResponse(responseCode = "403", description = "Only administrators and the Data Protection Officer",
            content = @Content(mediaType = "application/problem+json"))
    AuditVerification verify(Authentication authentication, HttpServletRequest request) {
        AuditVerification result = audit.verify();
        audit.record(authentication.getName(), "AUDIT_VERIFIED", null, null,
                result.intact() ? "Chain intact up to entry " + result.lastEntryId()
                        : "Chain broken at entry " + result.firstBrokenEntryId(),
                request.getRemoteAddr());
        return result;
    }
}
