package org.councilfeedback.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.reporting.AnnualReports;
import org.councilfeedback.reporting.Dashboard;
import org.councilfeedback.reporting.Dashboards;
import org.councilfeedback.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures as JSON, for the council's own dashboards and spreadsheets. */
@RestController
@Tag(name = "Reports")
class ReportsApiController {

    private final Dashboards dashboards;
    private final AnnualReports annualReports;
    private final CouncilProfile profile;
    private final Clock clock;

    ReportsApiController(Dashboards dashboards, AnnualReports annualReports, CouncilProfile profile, Clock clock) {
        this.dashboards = dashboards;
        this.annualReports = annualReports;
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

    @GetMapping("/api/v1/reports/annual/{kind}/{year}")
    @PreAuthorize(ReportPages.REPORT_ROLES)
    @Operation(summary = "An annual report's figures",
            description = "The annual report for the council year starting 1 April `year`, as on its web page: `kind` "
                    + "is `customer-care`, `childrens-social-care`, `adult-social-care` or `self-assessment`. Counts "
                    + "below the suppression threshold are withheld unless `publication=false` (for internal use). No "
                    + "personal data. 404 for an unknown kind or a year outside 2000–2100. Roles: REPORT_VIEWER, "
                    + "COMPLAINTS_OFFICER, ADMIN, DIRECTOR.")
    ResponseEntity<?> annual(@Parameter(description = "customer-care, childrens-social-care, adult-social-care or self-assessment")
            @PathVariable String kind,
            @Parameter(description = "The year the council year starts in, YYYY") @PathVariable String year,
            @Parameter(description = "false for internal use (no suppression)") @RequestParam(required = false) String publication) {
        return annualReports.find(kind, year, publication).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "No such report",
                        "There is no annual report " + kind + " for " + year + ".")));
    }
}
