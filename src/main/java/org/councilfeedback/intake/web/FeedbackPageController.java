package org.councilfeedback.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.TimelineEntry;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.CasePanel;
import org.councilfeedback.web.CasePanels;
import org.councilfeedback.web.DisplayFormats;
import org.councilfeedback.web.DueState;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /staff/feedback/{reference}}: everything about one piece of feedback: what was said and by whom, the
 * acknowledgement, what other modules add (process, stages, flags, messages sent…), their panels ({@link CasePanels})
 * and the timeline. A reference that
 * does not exist, or that the member of staff may not see, is "Page not found" either way.
 */
@StaffPages
class FeedbackPageController {

    static final String VIEW = "staff/feedback";

    private final FeedbackRecords records;
    private final List<FeedbackDetailsContributor> contributors;
    private final CouncilProfile profile;
    private final Clock clock;
    private final List<CasePanels> panels;
    private final ContributedDetails contributed;
    private final VisibleCases visibleCases;

    FeedbackPageController(FeedbackRecords records, List<FeedbackDetailsContributor> contributors,
            List<CasePanels> panels, CouncilProfile profile, Clock clock, JsonMapper json, DisplayFormats formats,
            VisibleCases visibleCases) {
        this.visibleCases = visibleCases;
        this.records = records;
        this.contributors = contributors;
        this.panels = panels;
        this.profile = profile;
        this.clock = clock;
        this.contributed = new ContributedDetails(json, formats);
    }

    @GetMapping("/staff/feedback/{reference}")
    @PreAuthorize(StaffRoles.CASE_READERS)
    String feedback(@PathVariable String reference, Authentication authentication, Model model) {
        VisibleCases.Visible visible = visibleCases.find(reference, authentication).orElseThrow(PageNotFoundException::new);
        FeedbackRecord record = visible.record();
        if (!record.reference().equals(reference)) {
            return "redirect:/staff/feedback/" + record.reference();
        }
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        Map<String, Object> details = new LinkedHashMap<>();
        for (FeedbackDetailsContributor contributor : contributors) {
            contributor.contribute(record, details);
        }
        Map<String, Object> visibleDetails = visible.redact(details);
        List<CasePanel> shownPanels = panels.stream()
                .flatMap(module -> module.panels(record.reference(), record.type().name(), authentication).stream())
                .sorted(Comparator.comparingInt(CasePanel::order)).toList();
        shownPanels.forEach(panel -> visibleDetails.remove(panel.replacesDetail()));
        List<TimelineEntry> timeline = new ArrayList<>(records.timeline(record));
        Collections.reverse(timeline);
        model.addAttribute("record", record);
        model.addAttribute("serviceAreaName", record.serviceArea() == null ? null
                : profile.serviceAreaName(record.serviceArea()));
        model.addAttribute("acknowledgementDue", DueState.of(record.acknowledgement().dueBy(),
                record.acknowledgement().sentAt() != null, today));
        List<ContributedDetails.Detail> shown = contributed.of(visibleDetails);
        model.addAttribute("simpleDetails", shown.stream().filter(ContributedDetails.Detail::isPlainText).toList());
        model.addAttribute("structuredDetails", shown.stream().filter(detail -> !detail.isPlainText()).toList());
        model.addAttribute("addressLines", addressLines(record));
        model.addAttribute("timeline", timeline);
        model.addAttribute("panels", shownPanels);
        return VIEW;
    }

    private static String addressLines(FeedbackRecord record) {
        if (record.contact() == null || record.contact().address() == null) {
            return null;
        }
        Address address = record.contact().address();
        return Stream.of(address.line1(), address.line2(), address.townOrCity(), address.postcode())
                .filter(line -> line != null && !line.isBlank()).map(String::trim).collect(Collectors.joining("\n"));
    }
}
