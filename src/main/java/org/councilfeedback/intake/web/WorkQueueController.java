package org.councilfeedback.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackSearch;
import org.councilfeedback.intake.FeedbackSummary;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /staff}: where staff land. Case handlers see the work queue (new feedback, acknowledgements due today and
 * overdue acknowledgements); roles without case content see what they can do instead.
 */
@StaffPages
class WorkQueueController {

    static final String VIEW = "staff/work-queue";
    static final String HOME_VIEW = "staff/home";
    static final int LIMIT = 200;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Set<String> CASE_AUTHORITIES = Set.of("ROLE_CUSTOMER_SERVICES", "ROLE_COMPLAINTS_OFFICER",
            "ROLE_INVESTIGATING_OFFICER", "ROLE_SOCIAL_CARE_COMPLAINTS", "ROLE_DATA_PROTECTION_OFFICER", "ROLE_DIRECTOR");

    /** The queue's tabs, in the order they are shown. */
    enum Tab {
        NEW("new", "New"),
        DUE_TODAY("due-today", "Acknowledgement due today"),
        OVERDUE("overdue", "Overdue acknowledgements");

        final String slug;
        final String label;

        Tab(String slug, String label) {
            this.slug = slug;
            this.label = label;
        }

        public String slug() {
            return slug;
        }

        public String label() {
            return label;
        }

        static Tab of(String slug) {
            for (Tab tab : values()) {
                if (tab.slug.equals(slug)) {
                    return tab;
                }
            }
            return NEW;
        }
    }

    /** A tab with the number of cases in it. */
    record TabView(Tab tab, long count, boolean active) {}

    private final VisibleCases visibleCases;
    private final FeedbackRecords records;
    private final CouncilProfile profile;
    private final Clock clock;

    WorkQueueController(FeedbackRecords records, CouncilProfile profile, Clock clock, VisibleCases visibleCases) {
        this.visibleCases = visibleCases;
        this.records = records;
        this.profile = profile;
        this.clock = clock;
    }

    @GetMapping("/staff")
    @PreAuthorize("isAuthenticated()")
    String queue(@RequestParam(name = "tab", required = false) String slug, Authentication authentication, Model model) {
        Set<String> authorities = authorities(authentication);
        if (authorities.stream().noneMatch(CASE_AUTHORITIES::contains)) {
            model.addAttribute("admin", authorities.contains("ROLE_ADMIN"));
            model.addAttribute("reportViewer", authorities.contains("ROLE_REPORT_VIEWER"));
            return HOME_VIEW;
        }
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        long overdue = records.search(dueBefore(today)).totalItems();
        long dueToday = records.search(dueBefore(today.plusDays(1))).totalItems() - overdue;
        long unclassified = records.countUnclassified();
        Tab active = Tab.of(slug);
        List<FeedbackSummary> cases = switch (active) {
            case NEW -> records.unclassified(LIMIT);
            case DUE_TODAY -> records.acknowledgementsDue(today, today, LIMIT);
            case OVERDUE -> records.acknowledgementsDue(EARLIEST, today.minusDays(1), LIMIT);
        };
        long total = switch (active) {
            case NEW -> unclassified;
            case DUE_TODAY -> dueToday;
            case OVERDUE -> overdue;
        };
        model.addAttribute("tabs", List.of(new TabView(Tab.NEW, unclassified, active == Tab.NEW),
                new TabView(Tab.DUE_TODAY, dueToday, active == Tab.DUE_TODAY),
                new TabView(Tab.OVERDUE, overdue, active == Tab.OVERDUE)));
        model.addAttribute("active", active);
        model.addAttribute("rows", visibleCases.filter(cases, authentication).stream()
                .map(summary -> QueueRow.of(summary, profile, today)).toList());
        model.addAttribute("total", total);
        model.addAttribute("limit", LIMIT);
        model.addAttribute("today", today);
        return VIEW;
    }

    private static FeedbackSearch dueBefore(LocalDate date) {
        return new FeedbackSearch(null, null, null, null, date, null, null, 0, 1);
    }

    private static Set<String> authorities(Authentication authentication) {
        return authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
    }
}
