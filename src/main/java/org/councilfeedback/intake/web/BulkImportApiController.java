package org.councilfeedback.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.councilfeedback.intake.BulkImportReport;
import org.councilfeedback.intake.BulkImports;
import org.councilfeedback.intake.ImportTooLargeException;
import org.councilfeedback.intake.InvalidImportFileException;
import org.councilfeedback.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/imports}: bulk import of cases from a legacy system as CSV ({@code docs/bulk-import.md}). The upload
 * answers {@code 202} with the import's id at once; the import runs in the background and its progress and report of
 * rejected rows are read with {@code GET /api/v1/imports/{id}}.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Bulk import", description = "Import cases from a legacy system")
class BulkImportApiController {

    static final String IMPORTERS = "hasAnyRole('ADMIN','COMPLAINTS_OFFICER')";
    static final String CSV = "text/csv";

    private final BulkImports imports;

    BulkImportApiController(BulkImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(IMPORTERS)
    @Operation(summary = "Import cases from a CSV file",
            description = "UTF-8 CSV with a header row naming the columns of docs/bulk-import.md. Answers 202 with the import's id; "
                    + "imported cases keep their references, are not acknowledged and raise no events.")
    ResponseEntity<?> start(HttpServletRequest request, Authentication authentication) throws IOException {
        MediaType type = MediaType.parseMediaType(request.getContentType());
        if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            return Problems.response(Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Unsupported media type", "Send the file as text/csv in UTF-8"));
        }
        if (request.getContentLengthLong() > imports.maxBytes()) {
            throw new ImportTooLargeException(imports.maxBytes());
        }
        long id = imports.start(request.getInputStream(), authentication.getName());
        URI location = URI.create("/api/v1/imports/" + id);
        return ResponseEntity.accepted().location(location)
                .body(Map.of("id", id, "status", "QUEUED", "location", location.toString()));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(IMPORTERS)
    @Operation(summary = "An import's progress and its report of rejected rows")
    ResponseEntity<?> get(@PathVariable long id) {
        return imports.find(id).<ResponseEntity<?>>map(report -> ResponseEntity.ok(json(report)))
                .orElseGet(() -> Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                        "No import with that id")));
    }

    private static Map<String, Object> json(BulkImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", report.id());
        json.put("status", report.status());
        json.put("createdBy", report.createdBy());
        json.put("createdAt", report.createdAt());
        json.put("startedAt", report.startedAt());
        json.put("finishedAt", report.finishedAt());
        json.put("rowsRead", report.rowsRead());
        json.put("rowsImported", report.rowsImported());
        json.put("rowsRejected", report.rowsRejected());
        json.put("rowsPerSecond", report.rowsPerSecond());
        json.put("error", report.error());
        json.put("rejected", report.rejected());
        return json;
    }

    @ExceptionHandler(ImportTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ImportTooLargeException e) {
        long mb = e.limitBytes() / (1024 * 1024);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "File too large",
                        "The import file must be " + (mb > 0 ? mb + " MB" : e.limitBytes() + " bytes")
                                + " or smaller; split it into several files"));
    }

    @ExceptionHandler(InvalidImportFileException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidImportFileException e) {
        return Problems.response(Problems.validation(e.errors().stream()
                .map(error -> new Problems.FieldMessage(error.field(), error.message())).toList()));
    }
}
