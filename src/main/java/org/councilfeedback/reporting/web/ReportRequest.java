package org.councilfeedback.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.reporting.Dashboards;
import org.councilfeedback.reporting.ReportPeriod;

/**
 * A report's filters as typed: the period (dates like 2026-04-01), an optional service area and whether it is for
 * publication. Anything wrong is an error message for that field, never an exception.
 */
record ReportRequest(String fromText, String toText, String serviceArea, boolean publication, ReportPeriod period,
        Map<String, String> errors) {

    static ReportRequest parse(String from, String to, String serviceArea, String publication, CouncilProfile profile,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportPeriod councilYear = ReportPeriod.councilYearOf(today);
        String fromText = from == null ? "" : from.strip();
        String toText = to == null ? "" : to.strip();
        LocalDate start = fromText.isEmpty() ? councilYear.from() : date(fromText, "from",
                "Enter the start date as a real date, for example 2026-04-01", errors);
        LocalDate end = toText.isEmpty() ? today : date(toText, "to",
                "Enter the end date as a real date, for example 2027-03-31", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("to", "The end date must be the same as or after the start date");
        }
        if (start != null && end != null && !end.isBefore(start)
                && start.plusMonths(Dashboards.MAX_MONTHS).isBefore(end.plusDays(1))) {
            errors.put("to", "Choose a period of " + Dashboards.MAX_MONTHS / 12 + " years or less");
        }
        String area = serviceArea == null || serviceArea.isBlank() ? null : serviceArea.strip();
        if (area != null && profile.serviceArea(area).isEmpty()) {
            errors.put("serviceArea", "Choose a service area from the list");
        }
        boolean forPublication = false;
        if (publication != null && !publication.isBlank()) {
            if (publication.equals("true") || publication.equals("false")) {
                forPublication = Boolean.parseBoolean(publication);
            } else {
                errors.put("publication", "Choose whether the report is for publication");
            }
        }
        ReportPeriod period = errors.isEmpty() ? new ReportPeriod(start, end) : null;
        return new ReportRequest(fromText.isEmpty() ? String.valueOf(start) : fromText,
                toText.isEmpty() ? String.valueOf(end) : toText, area, forPublication, period, errors);
    }

    private static LocalDate date(String text, String field, String message, Map<String, String> errors) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1990 || date.getYear() > 2200) {
                errors.put(field, message);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** The query string that repeats these filters (for export links). */
    String query() {
        return "from=" + period.from() + "&to=" + period.to()
                + (serviceArea == null ? "" : "&serviceArea=" + serviceArea) + (publication ? "&publication=true" : "");
    }
}
