package org.councilfeedback.complaints;

import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.organisation.CouncilProfileSections;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complaints section of the council profile: procedures and wording, checked at startup. */
@Configuration(proxyBeanMethods = false)
class ComplaintsConfiguration {

    @Bean
    ComplaintsSettings complaintsSettings(CouncilProfileSections sections) {
        return sections.bind("complaints", ComplaintsSettings.class);
    }

    @Bean
    Procedures complaintProcedures(ComplaintsSettings settings, CouncilProfile profile) {
        return Procedures.from(settings, profile.timeZone());
    }

    @Bean
    ComplaintLetters complaintLetters(ComplaintsSettings settings, CouncilProfile profile, WorkingDayCalendar calendar,
            Procedures procedures) {
        return new ComplaintLetters(settings, profile, calendar, procedures);
    }
}
