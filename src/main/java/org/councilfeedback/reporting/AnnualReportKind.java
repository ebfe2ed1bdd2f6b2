package org.councilfeedback.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The annual reports, each by the path segment that names it and the complaint processes it covers. */
public enum AnnualReportKind {

    CUSTOMER_CARE("customer-care", "Customer Care annual report",
            List.of("CORPORATE", "ADULT_SOCIAL_CARE", "CHILDRENS_SOCIAL_CARE", "DATA_PROTECTION")),
    CHILDRENS_SOCIAL_CARE("childrens-social-care", "Children's social care complaints annual report",
            List.of("CHILDRENS_SOCIAL_CARE")),
    ADULT_SOCIAL_CARE("adult-social-care", "Adult social care complaints annual report (regulation 18)",
            List.of("ADULT_SOCIAL_CARE")),
    SELF_ASSESSMENT("self-assessment", "Complaint Handling Code annual self-assessment", List.of("CORPORATE"));

    private final String slug;
    private final String title;
    private final List<String> processes;

    AnnualReportKind(String slug, String title, List<String> processes) {
        this.slug = slug;
        this.title = title;
        this.processes = processes;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The complaint processes (triage {@code Process} names) the report counts. */
    public List<String> processes() {
        return processes;
    }

    public static Optional<AnnualReportKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
