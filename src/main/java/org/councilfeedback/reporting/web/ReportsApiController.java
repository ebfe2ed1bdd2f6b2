package org.councilfeedback.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.reporting.Dashboard;
import org.councilfeedback.reporting.Dashboards;
import org.councilfeedback.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures as JSON, for the council's own dashboards and spreadsheets. */
@RestController
@Tag(name = "Reports")
class ReportsApiController {

    private final Dashboards dashboards;
    private final CouncilProfile profile;
    private final Clock clock;

    ReportsApiController(Dashboards dashboards, CouncilProfile profile, Clock clock) {
        this.dashboards = dashboards;
        this.profile = profile;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/dashboard")
    @PreAuthorize(ReportPages.REPORT_ROLES)
    @Operation(summary = "The managers' dashboard figures",
            description = "Counts for feedback received from `from` to `to` inclusive (dates YYYY-MM-DD; by default "
                    + "the council year to date), optionally for one service area: volumes by type, channel, service "
                    + "area and month; complaints by process and stage with outcomes; acknowledgements and responses "
                    + "within timescale; escalation rates; Ombudsman referrals and decisions; compliments, "
                    + "representations, suggestions and exclusions; and trends against the previous period of the same "
                    + "length. With `publication=true`, counts below the suppression threshold are withheld "
                    + "(`value` null, `suppressed` true). No personal data. Roles: REPORT_VIEWER, COMPLAINTS_OFFICER, "
                    + "ADMIN, DIRECTOR.")
    ResponseEntity<?> dashboard(
            @Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "Last day (inclusive), YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "A service area code from the council profile") @RequestParam(required = false) String serviceArea,
            @Parameter(description = "true to suppress small numbers as for publication") @RequestParam(required = false) String publication) {
        ReportRequest request = ReportRequest.parse(from, to, serviceArea, publication, profile,
                LocalDate.ofInstant(clock.instant(), profile.timeZone()));
        if (!request.valid()) {
            List<Problems.FieldMessage> errors = request.errors().entrySet().stream()
                    .map(e -> new Problems.FieldMessage(e.getKey(), e.getValue())).toList();
            return Problems.response(Problems.validation(errors));
        }
        Dashboard dashboard = dashboards.dashboard(request.period(), request.serviceArea(), request.publication());
        return ResponseEntity.ok(dashboard);
    }
}
