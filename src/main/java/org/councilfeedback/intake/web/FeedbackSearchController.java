package org.councilfeedback.intake.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackSearch;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.Reference;
import org.councilfeedback.intake.SearchResult;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.DisplayFormats;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.Pagination;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /staff/feedback}: search feedback by reference, name, email, postcode, phone number or words in the
 * description, with filters; a reference that exists is also offered as a direct link.
 */
@StaffPages
class FeedbackSearchController {

    static final String VIEW = "staff/search";
    static final String PATH = "/staff/feedback";
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 10_000;
    static final int QUERY_MAX = 200;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    private final VisibleCases visibleCases;
    private final FeedbackRecords records;
    private final CouncilProfile profile;
    private final Clock clock;
    private final DisplayFormats formats;

    FeedbackSearchController(FeedbackRecords records, CouncilProfile profile, Clock clock, DisplayFormats formats, VisibleCases visibleCases) {
        this.visibleCases = visibleCases;
        this.records = records;
        this.profile = profile;
        this.clock = clock;
        this.formats = formats;
    }

    @InitBinder("search")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(SearchForm.FIELDS);
    }

    @GetMapping(PATH)
    @PreAuthorize(StaffRoles.CASE_READERS)
    String search(@ModelAttribute("search") SearchForm form, Model model,
            org.springframework.security.core.Authentication authentication) {
        model.addAttribute("typeChoices", choices(FeedbackType.values()));
        model.addAttribute("statusChoices", choices(FeedbackStatus.values()));
        model.addAttribute("serviceAreaChoices", profile.serviceAreas().stream()
                .map(area -> Choice.of(area.code(), area.name())).toList());
        FormErrors errors = new FormErrors();
        model.addAttribute("errors", errors);
        if (form.isEmpty()) {
            return VIEW;
        }
        String q = form.getQ() == null ? null : form.getQ().trim();
        if (q != null && q.length() > QUERY_MAX) {
            errors.add("q", "Search for " + QUERY_MAX + " characters or fewer");
        }
        FeedbackType type = parseEnum(FeedbackType.class, form.getType(), "type", "Select a type from the list", errors);
        FeedbackStatus status = parseEnum(FeedbackStatus.class, form.getStatus(), "status",
                "Select a status from the list", errors);
        String serviceArea = SearchForm.blank(form.getServiceArea()) ? null : form.getServiceArea();
        if (serviceArea != null && profile.serviceArea(serviceArea).isEmpty()) {
            errors.add("serviceArea", "Select a service area from the list");
        }
        LocalDate from = parseDate(form.getReceivedFrom(), "receivedFrom", "Received from", errors);
        LocalDate to = parseDate(form.getReceivedTo(), "receivedTo", "Received to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("receivedTo", "Received to must be the same as or after received from");
        }
        if (!errors.isEmpty()) {
            return VIEW;
        }
        int page = page(form.getPage());
        var zone = profile.timeZone();
        Instant receivedFrom = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant receivedTo = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        SearchResult result = records.search(new FeedbackSearch(q, type, status, serviceArea, null, receivedFrom,
                receivedTo, page - 1, PAGE_SIZE));
        int lastPage = (int) Math.max(1, (result.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > lastPage) {
            // a page past the end (an old link, a typed address): show the last one
            page = lastPage;
            result = records.search(new FeedbackSearch(q, type, status, serviceArea, null, receivedFrom, receivedTo,
                    page - 1, PAGE_SIZE));
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        model.addAttribute("searched", true);
        model.addAttribute("rows", visibleCases.filter(result.items(), authentication).stream()
                .map(item -> QueueRow.of(item, profile, today)).toList());
        model.addAttribute("totalItems", result.totalItems());
        model.addAttribute("totalItemsCapped", result.totalItemsCapped());
        model.addAttribute("firstItem", result.totalItems() == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastItem", Math.min((long) page * PAGE_SIZE, result.totalItems()));
        model.addAttribute("pagination", Pagination.of(page, PAGE_SIZE, result.totalItems(),
                number -> href(form, number)));
        model.addAttribute("jumpTo", Reference.parse(q).flatMap(reference -> records.find(reference.value()))
                .map(record -> record.reference()).orElse(null));
        return VIEW;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String message,
            FormErrors errors) {
        if (SearchForm.blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(field, message);
            return null;
        }
    }

    /** A date as staff type it: {@code 27/3/2026} or {@code 2026-03-27}. */
    static LocalDate parseDate(String value, String field, String label, FormErrors errors) {
        if (SearchForm.blank(value)) {
            return null;
        }
        Optional<LocalDate> date = parse(value.trim());
        if (date.isEmpty() || date.get().getYear() < 2000 || date.get().getYear() > 9999) {
            errors.add(field, label + " must be a real date, like 27/3/2026");
            return null;
        }
        return date.get();
    }

    private static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DAY_MONTH_YEAR));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private static int page(String value) {
        try {
            int page = Integer.parseInt(value == null ? "1" : value.trim());
            return Math.max(1, Math.min(page, MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The address of another page of the same search, form-encoded as the browser sends it. */
    static String href(SearchForm form, int page) {
        StringBuilder uri = new StringBuilder(PATH).append('?');
        add(uri, "q", form.getQ());
        add(uri, "type", form.getType());
        add(uri, "status", form.getStatus());
        add(uri, "serviceArea", form.getServiceArea());
        add(uri, "receivedFrom", form.getReceivedFrom());
        add(uri, "receivedTo", form.getReceivedTo());
        return uri.append("page=").append(page).toString();
    }

    private static void add(StringBuilder uri, String name, String value) {
        if (!SearchForm.blank(value)) {
            uri.append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8)).append('&');
        }
    }

    private List<Choice> choices(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> Choice.of(value.name(), formats.words(value))).toList();
    }
}
