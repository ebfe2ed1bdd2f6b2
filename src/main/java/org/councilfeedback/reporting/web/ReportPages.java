package org.councilfeedback.reporting.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.councilfeedback.access.Role;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.reporting.AnnualReport;
import org.councilfeedback.reporting.AnnualReportKind;
import org.councilfeedback.reporting.AnnualReports;
import org.councilfeedback.reporting.CaseExport;
import org.councilfeedback.reporting.Count;
import org.councilfeedback.reporting.Dashboard;
import org.councilfeedback.reporting.Dashboards;
import org.councilfeedback.reporting.ReportPeriod;
import org.councilfeedback.reporting.Share;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The reports pages: the managers' dashboard with its filters, the figures behind every chart as CSV, the annual
 * reports as pages, PDF and CSV, and the case-level export.
 */
@Controller
@RequestMapping("/staff/reports")
@PreAuthorize(ReportPages.REPORT_ROLES)
class ReportPages {

    static final String REPORT_ROLES = "hasAnyRole('REPORT_VIEWER', 'COMPLAINTS_OFFICER', 'ADMIN', 'DIRECTOR')";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Dashboards dashboards;
    private final AnnualReports annualReports;
    private final CaseExport caseExport;
    private final CouncilProfile profile;
    private final TemplateEngine templates;
    private final Clock clock;
    private final Charts charts = new Charts();

    ReportPages(Dashboards dashboards, AnnualReports annualReports, CaseExport caseExport, CouncilProfile profile,
            TemplateEngine templates, Clock clock) {
        this.dashboards = dashboards;
        this.annualReports = annualReports;
        this.caseExport = caseExport;
        this.profile = profile;
        this.templates = templates;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), profile.timeZone());
    }

    private ReportRequest request(String from, String to, String serviceArea, String publication) {
        return ReportRequest.parse(from, to, serviceArea, publication, profile, today());
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String serviceArea, @RequestParam(required = false) String publication,
            Model model, HttpServletResponse response) {
        ReportRequest request = request(from, to, serviceArea, publication);
        model.addAttribute("request", request);
        model.addAttribute("errors", request.errors());
        model.addAttribute("council", profile);
        model.addAttribute("serviceAreas", profile.serviceAreas());
        model.addAttribute("charts", charts);
        model.addAttribute("kinds", AnnualReportKind.values());
        model.addAttribute("lastYear", ReportPeriod.councilYearOf(today()).from().getYear() - 1);
        if (!request.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "reporting/dashboard";
        }
        model.addAttribute("dashboard", dashboards.dashboard(request.period(), request.serviceArea(), request.publication()));
        model.addAttribute("query", request.query());
        return "reporting/dashboard";
    }

    /** One chart's figures, or every count family at once ({@code all}), as CSV. */
    @GetMapping("/figures/{family}.csv")
    ResponseEntity<String> figures(@PathVariable String family, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String serviceArea,
            @RequestParam(required = false) String publication) {
        ReportRequest request = request(from, to, serviceArea, publication);
        if (!request.valid()) {
            return badCsv(request);
        }
        if (!family.equals("all") && !Dashboard.FAMILIES.contains(family)
                && !List.of("stages", "stages-by-process", "shares", "trends").contains(family)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Dashboard d = dashboards.dashboard(request.period(), request.serviceArea(), request.publication());
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            switch (family) {
                case "stages", "stages-by-process" -> stages(csv, family.equals("stages") ? d.stages() : d.stagesByProcess());
                case "shares" -> {
                    csv.printRecord("figure", "label", "part", "of", "percent");
                    share(csv, d.acknowledgedInTime());
                    for (Share s : d.escalations()) {
                        share(csv, s);
                    }
                }
                case "trends" -> {
                    csv.printRecord("figure", "label", "this_period", "previous_period", "change");
                    for (Dashboard.Trend t : d.trends()) {
                        csv.printRecord(t.key(), t.label(), t.current().text(), t.previous().text(), t.change());
                    }
                }
                default -> {
                    csv.printRecord("family", "key", "label", "count");
                    for (String name : family.equals("all") ? Dashboard.FAMILIES : List.of(family)) {
                        for (Count c : d.family(name)) {
                            csv.printRecord(name, c.key(), c.label(), c.text());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv(out.toString(), family + "-" + request.period().from() + "-to-" + request.period().to() + ".csv");
    }

    @GetMapping("/annual")
    String annualIndex(Model model) {
        int current = ReportPeriod.councilYearOf(today()).from().getYear();
        model.addAttribute("kinds", AnnualReportKind.values());
        model.addAttribute("years", List.of(current, current - 1, current - 2));
        model.addAttribute("council", profile);
        return "reporting/annual-index";
    }

    @GetMapping("/annual/{kind}/{year}")
    String annual(@PathVariable String kind, @PathVariable String year,
            @RequestParam(required = false) String publication, Model model) {
        AnnualReport report = report(kind, year, publication);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts);
        model.addAttribute("council", profile);
        model.addAttribute("internal", !report.publication());
        return "reporting/annual";
    }

    @GetMapping("/annual/{kind}/{year}.pdf")
    ResponseEntity<byte[]> annualPdf(@PathVariable String kind, @PathVariable String year,
            @RequestParam(required = false) String publication) {
        AnnualReport report = report(kind, year, publication);
        Context context = new Context();
        context.setVariable("report", report);
        context.setVariable("charts", charts);
        String html = templates.process("reporting/annual-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(report.kind().slug() + "-" + report.year() + ".pdf").build().toString())
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/annual/{kind}/{year}.csv")
    ResponseEntity<String> annualCsv(@PathVariable String kind, @PathVariable String year,
            @RequestParam(required = false) String publication) {
        AnnualReport report = report(kind, year, publication);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("section", "figure", "key", "label", "value", "of", "percent");
            for (AnnualReport.Section section : report.sections()) {
                for (AnnualReport.Chart chart : section.charts()) {
                    for (Count c : chart.counts()) {
                        csv.printRecord(section.id(), chart.id(), c.key(), c.label(), c.text(), "", "");
                    }
                }
                for (AnnualReport.ShareTable table : section.shares()) {
                    for (Share s : table.shares()) {
                        csv.printRecord(section.id(), table.id(), s.key(), s.label(), s.part().text(), s.of().text(),
                                s.percent() == null ? s.text() : s.percent());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv(out.toString(), report.kind().slug() + "-" + report.year() + ".csv");
    }

    /** Every piece of feedback received in the period, one row each, streamed. Personal data only for some roles. */
    @GetMapping("/cases.csv")
    @PreAuthorize("hasAnyRole('REPORT_VIEWER', 'COMPLAINTS_OFFICER', 'ADMIN', 'DIRECTOR', 'DATA_PROTECTION_OFFICER')")
    ResponseEntity<StreamingResponseBody> cases(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication authentication) {
        ReportRequest request = request(from, to, null, null);
        if (!request.valid()) {
            String message = String.join("\n", request.errors().values());
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(out -> out.write(message.getBytes(StandardCharsets.UTF_8)));
        }
        Set<Role> roles = authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .filter(a -> java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(a)))
                .map(Role::valueOf).collect(Collectors.toSet());
        ReportPeriod period = request.period();
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            caseExport.write(period, roles, writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cases-" + period.from() + "-to-" + period.to() + ".csv").build().toString())
                .body(body);
    }

    private AnnualReport report(String kind, String year, String publication) {
        return annualReports.find(kind, year, publication).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void stages(CSVPrinter csv, List<Dashboard.StageFigures> rows) throws IOException {
        csv.printRecord("process", "stage", "opened", "responded", "responded_in_time", "responded_in_time_percent",
                "extended", "upheld", "partly_upheld", "not_upheld", "withdrawn", "escalated", "escalated_percent");
        for (Dashboard.StageFigures s : rows) {
            csv.printRecord(s.process(), s.stage(), s.opened().text(), s.responded().text(),
                    s.respondedInTime().part().text(), percent(s.respondedInTime()), s.extended().text(),
                    s.upheld().text(), s.partlyUpheld().text(), s.notUpheld().text(), s.withdrawn().text(),
                    s.escalated().part().text(), percent(s.escalated()));
        }
    }

    private static void share(CSVPrinter csv, Share s) throws IOException {
        csv.printRecord(s.key(), s.label(), s.part().text(), s.of().text(), percent(s));
    }

    private static String percent(Share s) {
        return s.percent() == null ? s.text() : String.valueOf(s.percent());
    }

    private static ResponseEntity<String> badCsv(ReportRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                .body(String.join("\n", request.errors().values()));
    }

    private static ResponseEntity<String> csv(String body, String filename) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
